import "server-only";
import type { Db } from "@/lib/db";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Recomputes a client's dashboard summary from its two latest submitted assessments. Call it inside
 * the transaction that changed the client's assessments.
 */
export async function refreshClientSummary(tx: Tx | Db, clientId: string): Promise<void> {
  // Lock the client row before reading: two transactions that each submit or attach one of the
  // client's scans then refresh one after the other, and the second (under PostgreSQL's READ COMMITTED
  // every statement sees what committed before it) counts the first's scan instead of overwriting the
  // summary with a count that misses it. On SQLite writers are serial anyway.
  await tx.client.update({ where: { id: clientId }, data: { updatedAt: new Date() }, select: { id: true } });
  const [latest, previous] = await tx.assessment.findMany({
    where: { clientId, status: "submitted" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 2,
    select: {
      id: true,
      submittedAt: true,
      overallScore: true,
      overallLevel: true,
      domainScores: { where: { score: { not: null } }, orderBy: [{ score: "asc" }, { domainId: "asc" }], take: 1 },
    },
  });
  const submittedCount = await tx.assessment.count({ where: { clientId, status: "submitted" } });
  const change =
    latest?.overallScore != null && previous?.overallScore != null
      ? Math.round((latest.overallScore - previous.overallScore) * 100) / 100
      : null;
  await tx.client.update({
    where: { id: clientId },
    data: {
      submittedCount,
      latestAssessmentId: latest?.id ?? null,
      latestSubmittedAt: latest?.submittedAt ?? null,
      latestScore: latest?.overallScore ?? null,
      latestLevel: latest?.overallLevel ?? null,
      latestChange: change,
      weakestDomain: latest?.domainScores[0]?.domainId ?? null,
    },
  });
}
