export type GroupCount = { key: string; count: number };

/** Code-unit order: the same on every machine and locale. */
export function compareKeys(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * Keys of the groups of one breakdown that must be hidden.
 * 1. A group below the minimum (or in `alwaysHidden`) is hidden.
 * 2. Subtraction rule: the residual — respondents in hidden groups plus `unlisted` respondents who are
 *    counted in the total but in no group of this breakdown (e.g. no team) — must be 0 or at least the
 *    minimum, or the total minus the shown groups would reveal it. While it is not, the smallest shown
 *    group is hidden too (ties: the first key).
 * Assumes the total itself is at least the minimum; otherwise the caller hides everything.
 */
export function suppressGroups({
  groups,
  minGroupSize,
  unlisted = 0,
  alwaysHidden = new Set<string>(),
}: {
  groups: ReadonlyArray<GroupCount>;
  minGroupSize: number;
  unlisted?: number;
  alwaysHidden?: ReadonlySet<string>;
}): Set<string> {
  const hidden = new Set<string>();
  let residual = unlisted;
  const shown: GroupCount[] = [];
  for (const group of groups) {
    if (alwaysHidden.has(group.key) || group.count < minGroupSize) {
      hidden.add(group.key);
      residual += group.count;
    } else {
      shown.push(group);
    }
  }
  shown.sort((a, b) => a.count - b.count || compareKeys(a.key, b.key));
  for (const group of shown) {
    if (residual === 0 || residual >= minGroupSize) break;
    hidden.add(group.key);
    residual += group.count;
  }
  return hidden;
}
