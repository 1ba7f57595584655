type Member = { role: string; team: string | null };

/**
 * The role and the team breakdowns may both be published only when every non-empty cell of the role × team
 * table ("no team" is a cell of its own) holds at least `min` members. Then whatever a reader computes from the
 * round, its roles and its teams — a difference, or role + team − round by inclusion–exclusion — covers whole
 * cells, so never fewer than `min` people. (Each breakdown on its own is guarded by suppressGroups.)
 */
export function bothBreakdownsSafe(members: ReadonlyArray<Member>, min: number): boolean {
  const cells = new Map<string, number>();
  for (const member of members) {
    const key = JSON.stringify([member.role, member.team]);
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  return [...cells.values()].every((count) => count >= min);
}
