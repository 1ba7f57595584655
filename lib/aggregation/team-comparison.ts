import type { RoundAggregate } from "@/lib/aggregation/types";
import { round2 } from "@/lib/scoring/round2";

export type TeamComparison = {
  team: string;
  /** False when the team (or the round) is hidden: then every domain has nulls. */
  shown: boolean;
  respondents: number | null;
  domains: Array<{
    domainId: string;
    /** Both null unless the team's and the round's mean of this domain are shown. */
    team: number | null;
    round: number | null;
    /** team − round, rounded as scores. */
    difference: number | null;
  }>;
};

/** One team's domain means next to the whole round's, only where both are shown; null for an unlisted team. */
export function compareTeam(aggregate: RoundAggregate, teamKey: string): TeamComparison | null {
  // A team merged with a neighbour has no figures of its own: its view says "too few", like a hidden one.
  const group = aggregate.groups.find((g) => g.by === "team" && (g.members ?? [g.key]).includes(teamKey));
  if (!group) return null;
  const shown = aggregate.shown && group.shown && group.key === teamKey;
  return {
    team: teamKey,
    shown,
    respondents: shown ? group.respondents : null,
    domains: aggregate.domains.map((round) => {
      const team = group.domains.find((d) => d.domainId === round.domainId);
      if (!shown || !round.shown || round.score === null || !team?.shown || team.score === null)
        return { domainId: round.domainId, team: null, round: null, difference: null };
      return {
        domainId: round.domainId,
        team: team.score,
        round: round.score,
        difference: round2(team.score - round.score),
      };
    }),
  };
}

/**
 * The round's teams (in its own order, with their 1-based number for /results/<token>/teams/<n>) whose team
 * view shows something: the team is shown on its own. A team merged with a neighbour or hidden gets no link.
 */
export function teamsWithView(
  aggregate: Pick<RoundAggregate, "shown" | "groups"> | null,
  teams: ReadonlyArray<string>,
): Array<{ team: string; number: number }> {
  if (!aggregate?.shown) return [];
  return teams.flatMap((team, index) =>
    aggregate.groups.some((g) => g.by === "team" && g.shown && g.key === team && g.members.length === 1)
      ? [{ team, number: index + 1 }]
      : [],
  );
}
