import type { ItemDistribution } from "@/lib/aggregation/index";

export type StatementOrder = "questionnaire" | "divided";

/**
 * Items grouped by domain (domains in the given order, empty ones left out); within a domain in
 * questionnaire order, or most divided first (items without a divergence last, ties in questionnaire order).
 */
export function statementsByDomain({
  domainIds,
  items,
  order,
}: {
  domainIds: ReadonlyArray<string>;
  items: ReadonlyArray<ItemDistribution>;
  order: StatementOrder;
}): Array<{ domainId: string; items: ItemDistribution[] }> {
  return domainIds.flatMap((domainId) => {
    const inDomain = items.map((item, index) => ({ item, index })).filter(({ item }) => item.domainId === domainId);
    if (inDomain.length === 0) return [];
    if (order === "divided")
      inDomain.sort((a, b) => (b.item.divergence ?? -1) - (a.item.divergence ?? -1) || a.index - b.index);
    return [{ domainId, items: inDomain.map(({ item }) => item) }];
  });
}

export type DistributionSegment = {
  kind: "point" | "dontKnow" | "notApplicable" | "unanswered";
  /** The scale value for a point; null otherwise. */
  value: number | null;
  count: number;
  /** Share of the respondents, 0–100, unrounded so the bar adds up to exactly 100. */
  percent: number;
};

/**
 * The segments of one statement's bar: each scale point in scale order, then don't know, n.a., unanswered.
 * None for a hidden statement (it has no numbers).
 */
export function distributionSegments(item: ItemDistribution): DistributionSegment[] {
  if (!item.shown) return [];
  const total = item.respondents ?? 0;
  const percent = (count: number) => (total > 0 ? (count * 100) / total : 0);
  return [
    ...item.counts.map(({ value, count }) => ({ kind: "point" as const, value, count, percent: percent(count) })),
    { kind: "dontKnow" as const, value: null, count: item.dontKnow ?? 0, percent: percent(item.dontKnow ?? 0) },
    {
      kind: "notApplicable" as const,
      value: null,
      count: item.notApplicable ?? 0,
      percent: percent(item.notApplicable ?? 0),
    },
    { kind: "unanswered" as const, value: null, count: item.unanswered ?? 0, percent: percent(item.unanswered ?? 0) },
  ];
}
