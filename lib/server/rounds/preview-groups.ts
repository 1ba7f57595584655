import "server-only";
import { cache } from "react";
import { type RoundAggregate, teamsWithView } from "@/lib/aggregation";
import { db } from "@/lib/server/db/db";
import { aggregateSubmitted } from "@/lib/server/rounds/aggregate-submitted";
import type { Round } from "@/lib/server/rounds/get-round";

export type PreviewRound = Pick<
  Round,
  "id" | "closed" | "aggregate" | "questionnaire" | "minGroupSize" | "roles" | "teams"
>;

/**
 * The aggregate the round would publish if it closed now (the same function as closing); a closed round's own
 * snapshot. It stays on the server: the preview shows names and states only, never a number of it.
 */
export const previewAggregate = cache(async (round: PreviewRound): Promise<RoundAggregate> => {
  if (round.closed && round.aggregate) return round.aggregate;
  const { aggregate } = await aggregateSubmitted(db, {
    scanId: round.id,
    questionnaire: round.questionnaire,
    minGroupSize: round.minGroupSize,
    roleOrder: round.roles,
    teamOrder: round.teams,
  });
  return aggregate;
});

/** The teams that have (or, while open, would have) a team view of their own: the others get no link. */
export async function teamViewsOf(round: PreviewRound): Promise<Array<{ team: string; number: number }>> {
  if (round.teams.length === 0) return [];
  return teamsWithView(await previewAggregate(round), round.teams);
}
