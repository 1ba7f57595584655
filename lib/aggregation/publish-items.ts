import {
  type CountedItem,
  type ItemDistribution,
  publishItem,
  scaleAnswersOf,
} from "@/lib/aggregation/item-distribution";
import { suppressGroups } from "@/lib/aggregation/suppress-groups";

/** How many gave no scale answer to the item (don't know, not applicable, left open). */
function nonScaleOf(item: Pick<CountedItem, "dontKnow" | "notApplicable" | "unanswered">): number {
  return item.dontKnow + item.notApplicable + item.unanswered;
}

/** One breakdown's groups with their counted items; `items: null` for a group that is hidden. */
export type ItemBreakdown = {
  groups: ReadonlyArray<{ key: string; items: ReadonlyArray<CountedItem> | null }>;
  /** False for an item whose distributions may not be shown in this breakdown (role × team cells too small). */
  itemSafe?: (itemId: string) => boolean;
};

/**
 * The publication rules for statements (docs/aggregation.md, "Statements"): per item, the round's and each
 * shown group's distribution is published only when at least `minDistribution` respondents of it gave a scale
 * answer; per breakdown the scale answers left over when the shown groups are taken from the round (hidden
 * groups, no group) must be 0 or at least `minDistribution` (the subtraction rule, per statement), and
 * when the leftover gave non-scale answers it needs `minDistribution` scale answers of its own, or its
 * "don't know" counts would follow by subtraction.
 */
export function publishItems({
  round,
  breakdowns,
  minDistribution,
}: {
  round: ReadonlyArray<CountedItem>;
  breakdowns: ReadonlyArray<ItemBreakdown>;
  minDistribution: number;
}): { round: ItemDistribution[]; groups: Map<string, ItemDistribution[]>[] } {
  const roundShown = round.map((item) => scaleAnswersOf(item) >= minDistribution);
  const groups = breakdowns.map((breakdown) => {
    const shownPerItem = round.map((item, i) => {
      if (!roundShown[i] || breakdown.itemSafe?.(item.itemId) === false) return new Set<string>();
      const counts = breakdown.groups.flatMap((group) => {
        const counted = group.items?.[i];
        return counted ? [{ key: group.key, count: scaleAnswersOf(counted) }] : [];
      });
      const listed = counts.reduce((sum, g) => sum + g.count, 0);
      const hidden = suppressGroups({
        groups: counts,
        unlisted: scaleAnswersOf(item) - listed,
        minGroupSize: minDistribution,
      });
      const shown = breakdown.groups.filter((group) => group.items?.[i] && !hidden.has(group.key));
      // The shown groups' "don't know" / not applicable counts, taken from the round's, would give the
      // leftover's (the hidden groups'): only allowed when the leftover's own distribution could be shown.
      const leftoverScale =
        scaleAnswersOf(item) - shown.reduce((sum, g) => sum + scaleAnswersOf(g.items?.[i] ?? item), 0);
      const leftoverOther = nonScaleOf(item) - shown.reduce((sum, g) => sum + nonScaleOf(g.items?.[i] ?? item), 0);
      if (leftoverOther > 0 && leftoverScale < minDistribution) return new Set<string>();
      return new Set(shown.map((g) => g.key));
    });
    return new Map(
      breakdown.groups.flatMap((group) =>
        group.items === null
          ? []
          : [[group.key, group.items.map((item, i) => publishItem(item, shownPerItem[i]?.has(group.key) === true))]],
      ),
    );
  });
  return { round: round.map((item, i) => publishItem(item, roundShown[i] === true)), groups };
}
