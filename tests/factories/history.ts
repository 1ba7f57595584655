import type { HistoryScan } from "@/lib/history/types";
import { buildDomain, buildItems, buildQuestionnaire } from "@/tests/factories/questionnaire";

/** A questionnaire with the given domain ids (two items each). */
export function questionnaireWith(domainIds: string[], overrides: { id?: string; version?: number } = {}) {
  return buildQuestionnaire({
    ...overrides,
    domains: domainIds.map((id) => buildDomain({ id })),
    items: domainIds.flatMap((id) => buildItems(id, 2)),
  });
}

const LEVELS = ["reactive", "aware", "developing", "established", "leading"];

/** Level id of a score on the 0–20–40–60–80–100 bands. */
export function levelOf(score: number | null): string | null {
  return score === null ? null : (LEVELS[Math.min(Math.floor(score / 20), 4)] ?? null);
}

/** A submitted scan with the given domain scores (null = insufficient). */
export function scan(
  id: string,
  day: number,
  scores: Record<string, number | null>,
  overrides: Partial<HistoryScan> = {},
): HistoryScan {
  const values = Object.values(scores).filter((s): s is number => s !== null);
  const overall = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  return {
    id,
    status: "submitted",
    submittedAt: new Date(Date.UTC(2025, 0, day)),
    questionnaireId: "test-questionnaire",
    questionnaireVersion: 1,
    overallScore: overall,
    overallLevel: levelOf(overall),
    domainScores: Object.entries(scores).map(([domainId, score]) => ({ domainId, score, level: levelOf(score) })),
    ...overrides,
  };
}
