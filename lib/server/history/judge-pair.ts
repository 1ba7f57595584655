import "server-only";
import { type RoundAggregate, readAggregate } from "@/lib/aggregation";
import { classifyChange, measuredOf } from "@/lib/aggregation/margin-rules";
import { type ChangeLabel, type ChangeMarginInput, changeLabel } from "@/lib/history/change-label";
import type { Comparison } from "@/lib/history/compare-scans";
import { type StatementChange, statementChanges } from "@/lib/history/statement-changes";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { db } from "@/lib/server/db/db";

/** What the margins allow one to say about a comparison: plain data, safe to hand to any component. */
export type PairJudgement = {
  /** Rounds (each with a margin per domain), or self-scans (one person's view). */
  basis: "rounds" | "one-person";
  /** Per domain with a change to show. */
  domains: Record<string, ChangeLabel>;
  /**
   * Per statement both rounds publish, largest change first; null for self-scans (no distributions) or when a
   * round's snapshot is missing.
   */
  statements: StatementChange[] | null;
};

type PairScan = { id: string; kind: "self" | "team" };

/** The stored snapshots of the team rounds among `ids`: one query. */
async function roundAggregates(ids: string[]): Promise<Map<string, RoundAggregate>> {
  if (ids.length === 0) return new Map();
  const rows = await db.scan.findMany({
    where: { id: { in: ids }, kind: "team" },
    select: { id: true, aggregate: true },
  });
  return new Map(rows.flatMap((r) => (r.aggregate ? [[r.id, readAggregate(JSON.parse(r.aggregate))] as const] : [])));
}

/**
 * Labels each domain change of a comparison by the margin rules: two rounds by Welch's rule on their published
 * margins; a self-scan on either side as one person's view; a round whose snapshot predates margins (or a domain
 * it hides) as "margin unknown". The compare page and the dashboard's latest change both count from this.
 */
export function judgeDomainChanges({
  onePerson,
  before,
  after,
  comparison,
}: {
  onePerson: boolean;
  before: RoundAggregate | undefined;
  after: RoundAggregate | undefined;
  comparison: Comparison;
}): Record<string, ChangeLabel> {
  const marginOf = (domainId: string): ChangeMarginInput => {
    if (onePerson) return "one-person";
    const a = before?.domains.find((d) => d.domainId === domainId);
    const b = after?.domains.find((d) => d.domainId === domainId);
    const measuredA = a ? measuredOf(a) : null;
    const measuredB = b ? measuredOf(b) : null;
    if (!measuredA || !measuredB) return "unknown";
    return classifyChange({ before: measuredA, after: measuredB }).margin ?? "unknown";
  };
  const domains: Record<string, ChangeLabel> = {};
  for (const row of comparison.rows) {
    if (row.fromScore === null || row.toScore === null || row.change === null) continue;
    domains[row.domainId] = changeLabel(row.fromScore, row.toScore, marginOf(row.domainId));
  }
  return domains;
}

/**
 * Labels every domain change of a comparison (judgeDomainChanges), and per statement where both rounds publish
 * it. The margin rules (lib/aggregation/margin-rules) are server-side only: jStat.
 */
export async function judgePair({
  from,
  to,
  fromQuestionnaire,
  toQuestionnaire,
  comparison,
}: {
  from: PairScan;
  to: PairScan;
  fromQuestionnaire: Questionnaire | undefined;
  toQuestionnaire: Questionnaire | undefined;
  comparison: Comparison;
}): Promise<PairJudgement> {
  const onePerson = from.kind === "self" || to.kind === "self";
  const aggregates = onePerson ? new Map<string, RoundAggregate>() : await roundAggregates([from.id, to.id]);
  const before = aggregates.get(from.id);
  const after = aggregates.get(to.id);
  const domains = judgeDomainChanges({ onePerson, before, after, comparison });
  const statements =
    before && after && fromQuestionnaire && toQuestionnaire
      ? statementChanges({
          from: { questionnaire: fromQuestionnaire, items: before.items },
          to: { questionnaire: toQuestionnaire, items: after.items },
        })
      : null;
  return { basis: onePerson ? "one-person" : "rounds", domains, statements };
}
