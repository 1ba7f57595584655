import "server-only";
import { aggregateRound, type RoundAggregate } from "@/lib/aggregation";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { toAnswerValue } from "@/lib/scoring/answer-inputs";
import type { Tx } from "@/lib/server/db/db";

/**
 * The aggregate of a round's submitted responses, as closing writes it and the organiser's preview shows it:
 * one function, so the preview can never promise other groups than closing publishes.
 */
export async function aggregateSubmitted(
  client: Pick<Tx, "response">,
  options: {
    scanId: string;
    questionnaire: Questionnaire;
    minGroupSize: number;
    /** The round's roles and teams in their order: small groups merge with their neighbours in it. */
    roleOrder: ReadonlyArray<string>;
    teamOrder: ReadonlyArray<string>;
  },
): Promise<{ aggregate: RoundAggregate; submitted: number }> {
  const submitted = await client.response.findMany({
    where: { scanId: options.scanId, status: "submitted" },
    select: {
      role: true,
      team: true,
      domainScores: { select: { domainId: true, score: true } },
      answers: { select: { itemId: true, value: true, nonAnswer: true } },
    },
  });
  const aggregate = aggregateRound({
    questionnaire: options.questionnaire,
    minGroupSize: options.minGroupSize,
    roleOrder: options.roleOrder,
    teamOrder: options.teamOrder,
    responses: submitted.map((r) => ({
      role: r.role,
      team: r.team,
      domainScores: r.domainScores,
      answers: Object.fromEntries(r.answers.map((a) => [a.itemId, toAnswerValue(a)])),
    })),
  });
  return { aggregate, submitted: submitted.length };
}
