import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * The numbers the landing page states about a scan, taken from the questionnaire itself so the copy can never
 * disagree with it: statements, statements per domain (one number, or the lowest and highest) and minutes.
 */
export type ScanFacts = { items: number; minutes: number; spread: "same" | "range"; min: number; max: number };

export function scanFacts(q: Questionnaire): ScanFacts {
  const perDomain = q.domains.map((domain) => q.items.filter((item) => item.domain === domain.id).length);
  const min = perDomain.length > 0 ? Math.min(...perDomain) : 0;
  const max = perDomain.length > 0 ? Math.max(...perDomain) : 0;
  return { items: q.items.length, minutes: q.estimatedMinutes, spread: min === max ? "same" : "range", min, max };
}
