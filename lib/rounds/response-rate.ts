/**
 * Response rates of a team round, where the number invited is known: the personal links (one per invitee) and
 * the team link's expected number of respondents (the organiser's own count, also the link's cap). Pure: the
 * organiser page and the results page pass in counts they already show.
 *
 * Honesty rules (tested in response-rate.test.ts):
 * - no rate without a known, positive number invited;
 * - a rate never exceeds 100% and never says more than the counts: the percentage is rounded down, so it reads
 *   100% only when everyone invited answered, and more answers than invited (a lowered expected number, old
 *   rounds) give no rate at all instead of a wrong one;
 * - per group only for a group that is shown on its own (at or above the minimum) and whose own number invited
 *   is known; a hidden group gives nothing, not even a rate without counts.
 */

export type ResponseRate = {
  /** Responses counted (submitted). */
  submitted: number;
  /** Known number invited. */
  invited: number;
  /** Whole percent, rounded down; 0..100. */
  percent: number;
};

/** submitted of invited as a rate; null when the number invited is unknown, zero, or below what came in. */
export function responseRate(submitted: number, invited: number | null | undefined): ResponseRate | null {
  if (invited === null || invited === undefined) return null;
  if (!Number.isInteger(invited) || !Number.isInteger(submitted) || invited <= 0 || submitted < 0) return null;
  if (submitted > invited) return null;
  return { submitted, invited, percent: Math.floor((submitted * 100) / invited) };
}

export type GroupRateInput = {
  key: string;
  /** Shown on its own (at or above the minimum group size). */
  shown: boolean;
  /** The group's submitted responses; null when the group's count is not published. */
  submitted: number | null;
  /** The group's own number invited, when known (null: not known per group). */
  invited: number | null;
};

/** A rate per shown group whose number invited is known; hidden groups and unknown ones give nothing. */
export function groupRates(groups: readonly GroupRateInput[]): Array<{ key: string } & ResponseRate> {
  return groups.flatMap((group) => {
    if (!group.shown || group.submitted === null) return [];
    const rate = responseRate(group.submitted, group.invited);
    return rate ? [{ key: group.key, ...rate }] : [];
  });
}

export type RoundRateInput = {
  /** Personal links made, and how many of them submitted. */
  personal: { links: number; submitted: number };
  /** The team link: the expected number of respondents (null: none set, no team link) and submissions. */
  team: { expected: number | null; submitted: number };
};

export type RoundRates = {
  personal: ResponseRate | null;
  team: ResponseRate | null;
  /** Over everything invited; only when every way in has a known number invited. */
  total: ResponseRate | null;
};

/**
 * The rates of a round per way in and in total. A team link with responses but no expected number leaves the
 * total unknown: its denominator would be a guess.
 */
export function roundRates({ personal, team }: RoundRateInput): RoundRates {
  const personalRate = personal.links > 0 ? responseRate(personal.submitted, personal.links) : null;
  const teamRate = team.expected ? responseRate(team.submitted, team.expected) : null;
  const teamKnown = team.expected ? teamRate !== null : team.submitted === 0;
  const personalKnown = personal.links > 0 ? personalRate !== null : personal.submitted === 0;
  const invited = personal.links + (team.expected ?? 0);
  const total =
    teamKnown && personalKnown && invited > 0 ? responseRate(personal.submitted + team.submitted, invited) : null;
  return { personal: personalRate, team: teamRate, total };
}

/** What the organiser's progress counts, one way in at a time: never personal links mixed with everyone. */
export type SourceProgress = {
  /** Personal links: made, started (an answer saved), submitted; null when the round has none. */
  personal: { invited: number; started: number; submitted: number } | null;
  /** The team link: responses it let in, started, submitted, and the expected number; null in a sealed round. */
  team: { joined: number; started: number; submitted: number; expected: number | null } | null;
  /** Everything submitted, both ways in. */
  submitted: number;
  rates: RoundRates;
};

/** The progress per way in, with the rates where the number invited is known. */
export function sourceProgress(input: {
  personalStates: ReadonlyArray<"invited" | "opened" | "started" | "submitted">;
  teamJoined: number;
  totalStarted: number;
  totalSubmitted: number;
  expected: number | null;
  sealed: boolean;
}): SourceProgress {
  const states = input.personalStates;
  const personalSubmitted = states.filter((s) => s === "submitted").length;
  const personalStarted = states.filter((s) => s === "started" || s === "submitted").length;
  const personal =
    states.length > 0 ? { invited: states.length, started: personalStarted, submitted: personalSubmitted } : null;
  const teamSubmitted = Math.max(0, input.totalSubmitted - personalSubmitted);
  const teamStarted = Math.max(0, input.totalStarted - personalStarted);
  const team = input.sealed
    ? null
    : { joined: input.teamJoined, started: teamStarted, submitted: teamSubmitted, expected: input.expected };
  return {
    personal,
    team,
    submitted: input.totalSubmitted,
    rates: roundRates({
      personal: { links: states.length, submitted: personalSubmitted },
      team: { expected: input.sealed ? null : input.expected, submitted: teamSubmitted },
    }),
  };
}
