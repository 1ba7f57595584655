import type { GroupCount } from "@/lib/aggregation/suppress-groups";

/** One group as published: a role or team of its own, or neighbours merged ("board and managers"). */
export type GroupBlock = { key: string; members: string[]; count: number };

/** The key of a block: its one member, or the members joined (stable, and never a member's own key). */
export function blockKey(members: ReadonlyArray<string>): string {
  return members.length === 1 ? (members[0] ?? "") : members.join(" + ");
}

/**
 * Merges each group below the minimum into a neighbour in the breakdown's order (the round's role or team
 * order), so "board" (1) next to "manager" (3) becomes "board and managers" (4) instead of hiding both.
 * Repeatedly the smallest group below the minimum (ties: the first) is merged with the neighbour that brings
 * it to the minimum with the fewest people (ties: the one before); when neither does, with the smaller one.
 * Merging that would leave one block for the whole breakdown compares nothing, so then nothing is merged
 * (suppressGroups hides the small groups as before). Empty groups are never listed.
 */
export function mergeSmallGroups({
  groups,
  minGroupSize,
}: {
  /** In the breakdown's order. */
  groups: ReadonlyArray<GroupCount>;
  minGroupSize: number;
}): GroupBlock[] {
  const singles = groups.filter((g) => g.count > 0).map((g) => ({ members: [g.key], count: g.count }));
  const blocks = singles.map((b) => ({ ...b }));
  while (blocks.length > 1) {
    let index = -1;
    blocks.forEach((block, i) => {
      const current = blocks[index];
      if (block.count < minGroupSize && (current === undefined || block.count < current.count)) index = i;
    });
    const small = blocks[index];
    if (small === undefined) break;
    const options = [index - 1, index + 1].flatMap((i) => {
      const other = blocks[i];
      return other ? [{ i, merged: small.count + other.count }] : [];
    });
    options.sort((a, b) => {
      const aMakes = a.merged >= minGroupSize;
      const bMakes = b.merged >= minGroupSize;
      if (aMakes !== bMakes) return aMakes ? -1 : 1;
      return a.merged - b.merged || a.i - b.i;
    });
    const choice = options[0];
    if (choice === undefined) break;
    const [first, second] = choice.i < index ? [choice.i, index] : [index, choice.i];
    const a = blocks[first];
    const b = blocks[second];
    if (!a || !b) break;
    blocks.splice(first, 2, { members: [...a.members, ...b.members], count: a.count + b.count });
  }
  const result = blocks.length === 1 && singles.length > 1 ? singles : blocks;
  return result.map((b) => ({ key: blockKey(b.members), members: b.members, count: b.count }));
}

/** Keys in the given order first, then the others in code-unit order. */
export function orderKeys(keys: Iterable<string>, order: ReadonlyArray<string> = []): string[] {
  const rank = new Map<string, number>();
  order.forEach((key, i) => {
    if (!rank.has(key.trim())) rank.set(key.trim(), i);
  });
  return [...new Set(keys)].sort((a, b) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
