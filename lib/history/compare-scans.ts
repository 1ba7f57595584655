import { displayScore } from "@/lib/display/score";
import type { HistoryScan } from "@/lib/history/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";

export type LevelChange = "up" | "down" | "same" | "n.a.";

export type CompareRow = {
  domainId: string;
  /** Present in both questionnaires; otherwise scores and changes are null. */
  comparable: boolean;
  /** Which scan's questionnaire contains the domain. */
  presentIn: "both" | "from" | "to";
  fromScore: number | null;
  toScore: number | null;
  /** In whole points as shown (see displayScore); null when either side has no score. */
  change: number | null;
  fromLevel: string | null;
  toLevel: string | null;
  levelChange: LevelChange;
};

export type Comparison = {
  rows: CompareRow[];
  overall: Omit<CompareRow, "domainId" | "comparable" | "presentIn">;
  /** Up to two domains with the largest rise (change > 0), largest first. */
  movedUp: CompareRow[];
  /** Up to two domains with the largest fall (change < 0), largest fall first. */
  movedDown: CompareRow[];
  /** The scans used different questionnaires or versions: compared domain by domain. */
  differentVersions: boolean;
  /** Domain ids present in only one of the two scans. */
  notComparable: string[];
};

export const MOVERS_LIMIT = 2;

function domainIds(scan: HistoryScan, questionnaire: Questionnaire | undefined): string[] {
  // The stored snapshot names the domains when the questionnaire file is no longer available.
  return questionnaire?.domains.map((d) => d.id) ?? scan.domainScores.map((s) => s.domainId);
}

function levelRank(levelId: string | null, questionnaire: Questionnaire | undefined): number {
  if (levelId === null) return -1;
  return questionnaire?.levels.findIndex((l) => l.id === levelId) ?? -1;
}

function compareLevels(
  fromLevel: string | null,
  toLevel: string | null,
  fromQuestionnaire: Questionnaire | undefined,
  toQuestionnaire: Questionnaire | undefined,
): LevelChange {
  const from = levelRank(fromLevel, fromQuestionnaire);
  const to = levelRank(toLevel, toQuestionnaire);
  if (from < 0 || to < 0) return "n.a.";
  return to > from ? "up" : to < from ? "down" : "same";
}

/** Change in whole points; null when either score is missing. */
export function pointsChange(from: number | null, to: number | null): number | null {
  return from === null || to === null ? null : displayScore(to) - displayScore(from);
}

/**
 * Compares an earlier (`from`) and a later (`to`) scan of one client, matching domains by id so scans on
 * different questionnaire versions still line up. Rows follow the later questionnaire's order; domains only the
 * earlier one had come last. Movers are ranked by change; equal changes keep row order.
 */
export function compareScans({
  from,
  to,
  fromQuestionnaire,
  toQuestionnaire,
}: {
  from: HistoryScan;
  to: HistoryScan;
  fromQuestionnaire: Questionnaire | undefined;
  toQuestionnaire: Questionnaire | undefined;
}): Comparison {
  const fromIds = domainIds(from, fromQuestionnaire);
  const toIds = domainIds(to, toQuestionnaire);
  const ids = [...toIds, ...fromIds.filter((id) => !toIds.includes(id))];

  const rows: CompareRow[] = ids.map((domainId) => {
    const inFrom = fromIds.includes(domainId);
    const inTo = toIds.includes(domainId);
    const fromScore = from.domainScores.find((s) => s.domainId === domainId);
    const toScore = to.domainScores.find((s) => s.domainId === domainId);
    const comparable = inFrom && inTo;
    const row = {
      fromScore: inFrom ? (fromScore?.score ?? null) : null,
      toScore: inTo ? (toScore?.score ?? null) : null,
      fromLevel: inFrom ? (fromScore?.level ?? null) : null,
      toLevel: inTo ? (toScore?.level ?? null) : null,
    };
    return {
      domainId,
      comparable,
      presentIn: comparable ? "both" : inFrom ? "from" : "to",
      ...row,
      change: comparable ? pointsChange(row.fromScore, row.toScore) : null,
      levelChange: comparable ? compareLevels(row.fromLevel, row.toLevel, fromQuestionnaire, toQuestionnaire) : "n.a.",
    };
  });

  const withChange = rows.filter((r): r is CompareRow & { change: number } => r.change !== null);
  // Array.prototype.sort is stable, so equal changes stay in questionnaire order.
  const movedUp = withChange
    .filter((r) => r.change > 0)
    .sort((a, b) => b.change - a.change)
    .slice(0, MOVERS_LIMIT);
  const movedDown = withChange
    .filter((r) => r.change < 0)
    .sort((a, b) => a.change - b.change)
    .slice(0, MOVERS_LIMIT);

  return {
    rows,
    overall: {
      fromScore: from.overallScore,
      toScore: to.overallScore,
      change: pointsChange(from.overallScore, to.overallScore),
      fromLevel: from.overallLevel,
      toLevel: to.overallLevel,
      levelChange: compareLevels(from.overallLevel, to.overallLevel, fromQuestionnaire, toQuestionnaire),
    },
    movedUp,
    movedDown,
    differentVersions:
      from.questionnaireId !== to.questionnaireId || from.questionnaireVersion !== to.questionnaireVersion,
    notComparable: rows.filter((r) => !r.comparable).map((r) => r.domainId),
  };
}
