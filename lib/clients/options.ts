// Client attributes kept as small fixed lists, so benchmarks can group by them later.
export const SECTORS = [
  "public",
  "healthcare",
  "education",
  "financial",
  "retail",
  "manufacturing",
  "construction",
  "hospitality",
  "logistics",
  "business-services",
  "ict",
  "nonprofit",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const SIZE_BANDS = ["1-9", "10-49", "50-249", "250-999", "1000+"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const CLIENT_SORTS = ["name", "lastScan", "score", "change"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
