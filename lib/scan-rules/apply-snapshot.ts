import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ScoreResult } from "@/lib/scoring";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";
import { weakestDomains } from "@/lib/scoring/rank-domains";

type Snapshot = {
  overallScore: number | null;
  overallLevel: string | null;
  domainScores: ReadonlyArray<{ domainId: string; score: number | null; level: string | null }>;
};

/**
 * The numbers a result shows are the ones written at submit (one source of truth, also for trends, the dashboard
 * and exports); the answers only add the detail around them. For any scan they agree, since answers are locked at
 * submit — this makes sure a later change of the scoring code never rewrites an old result.
 */
export function applySnapshot(questionnaire: Questionnaire, scored: ScoreResult, snapshot: Snapshot): ScoreResult {
  const stored = new Map(snapshot.domainScores.map((d) => [d.domainId, d]));
  const domains = scored.domains.map((d) => {
    const s = stored.get(d.domainId);
    if (!s) return d;
    return {
      ...d,
      score: s.score,
      level: s.level,
      status: s.score === null ? ("insufficient" as const) : ("scored" as const),
    };
  });
  return {
    ...scored,
    domains,
    overall: {
      ...scored.overall,
      score: snapshot.overallScore,
      level: snapshot.overallLevel,
      status: snapshot.overallScore === null ? "insufficient" : "scored",
    },
    weakestDomains: weakestDomains(domains),
    recommendations: prioritiseRecommendations(questionnaire, domains),
  };
}
