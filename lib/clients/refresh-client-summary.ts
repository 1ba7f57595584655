import "server-only";
import type { Db } from "@/lib/db";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Recomputes a client's dashboard summary from its two latest submitted assessments. */
export async function refreshClientSummary(tx: Tx | Db, clientId: string): Promise<void> {
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
