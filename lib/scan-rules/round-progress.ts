/** The "other" bucket of a progress breakdown: groups too small to be shown on their own. */
export const OTHER_GROUP = "__other__";

export type ProgressResponse = {
  /** "" while a personal-link respondent has not chosen yet. */
  role: string;
  team: string | null;
  /** Made as a personal link. */
  invited: boolean;
  started: boolean;
  submitted: boolean;
};

export type ProgressCounts = { started: number; submitted: number };
export type ProgressGroup = ProgressCounts & { key: string };

export type RoundProgress = {
  total: ProgressCounts & { invited: number; invitedNotStarted: number };
  byRole: ProgressGroup[];
  byTeam: ProgressGroup[];
  /**
   * True while personal links are in use: then only the totals are shown. A per-group count beside per-invitee
   * states ties a named person to a group (Ann's link turns "submitted" and the board count goes up by one).
   */
  groupsWithheld: boolean;
};

function breakdown(
  responses: readonly ProgressResponse[],
  keyOf: (r: ProgressResponse) => string | null,
  minGroupSize: number,
): ProgressGroup[] {
  const groups = new Map<string, ProgressCounts>();
  for (const r of responses) {
    const key = keyOf(r);
    if (!key || !(r.started || r.submitted)) continue;
    const g = groups.get(key) ?? { started: 0, submitted: 0 };
    g.started += 1;
    if (r.submitted) g.submitted += 1;
    groups.set(key, g);
  }
  const shown: ProgressGroup[] = [];
  const other: ProgressGroup = { key: OTHER_GROUP, started: 0, submitted: 0 };
  for (const [key, counts] of [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    // A group smaller than the minimum is never counted on its own, so nobody can be singled out by it.
    if (counts.started >= minGroupSize) shown.push({ key, ...counts });
    else {
      other.started += counts.started;
      other.submitted += counts.submitted;
    }
  }
  // An "other" of one small group would be that group under another name: then the smallest shown joins it.
  const smallGroups = [...groups.values()].filter((g) => g.started < minGroupSize).length;
  if (smallGroups === 1 && other.started < minGroupSize && shown.length > 0) {
    shown.sort((a, b) => a.started - b.started || a.key.localeCompare(b.key));
    const smallest = shown.shift();
    if (smallest) {
      other.started += smallest.started;
      other.submitted += smallest.submitted;
    }
    shown.sort((a, b) => a.key.localeCompare(b.key));
  }
  return other.started > 0 ? [...shown, other] : shown;
}

/**
 * Invited (personal links), started and submitted, in total and per role and team. Started counts everyone
 * who saved an answer or submitted.
 *
 * The progress rule (docs/anonymity.md): while any personal link exists, the organiser sees per-invitee states,
 * so only the totals are given — no count per role or team at all, since any count that moves when one
 * named invitee's state moves tells which group that person chose. Without personal links there is nothing to
 * tie a count to, and groups are counted from the minimum, smaller ones only together as "other".
 */
export function roundProgress(responses: readonly ProgressResponse[], minGroupSize: number): RoundProgress {
  const started = responses.filter((r) => r.started || r.submitted);
  const groupsWithheld = responses.some((r) => r.invited);
  return {
    total: {
      invited: responses.filter((r) => r.invited).length,
      invitedNotStarted: responses.filter((r) => r.invited && !(r.started || r.submitted)).length,
      started: started.length,
      submitted: responses.filter((r) => r.submitted).length,
    },
    byRole: groupsWithheld ? [] : breakdown(responses, (r) => r.role || null, minGroupSize),
    byTeam: groupsWithheld ? [] : breakdown(responses, (r) => r.team, minGroupSize),
    groupsWithheld,
  };
}
