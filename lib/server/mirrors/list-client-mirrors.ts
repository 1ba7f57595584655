import "server-only";
import { aggregateMirror } from "@/lib/mirror/aggregate-mirror";
import type { MirrorCustomer, MirrorMark, MirrorNps } from "@/lib/mirror/types";
import { getMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import { isRoundClosed } from "@/lib/scan-rules/round-status";
import { db } from "@/lib/server/db/db";

export type ClientMirror = {
  id: string;
  organiserToken: string;
  /** The paired scan's history line and result date: the appreciation sits beside that series' maturity. */
  series: string;
  pairedScanId: string;
  submittedAt: Date | null;
  closedAt: Date | null;
  /** Customers who answered. */
  respondents: number;
  /** Null while the mirror is open or when it did not ask; the figures inside are null below the minimum. */
  nps: MirrorNps | null;
  mark: MirrorMark | null;
};

/**
 * A client's mirrors, oldest first, with their appreciation (NPS and report mark): what the client page draws
 * beside the maturity trend. Open mirrors carry no figures (they publish after close, like rounds).
 */
export async function listClientMirrors({ clientId }: { clientId: string }): Promise<ClientMirror[]> {
  const rows = await db.mirror.findMany({
    where: { clientId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      organiserToken: true,
      questionnaireId: true,
      questionnaireVersion: true,
      status: true,
      closesAt: true,
      closedAt: true,
      minGroupSize: true,
      askNps: true,
      askMark: true,
      pairedScan: { select: { id: true, series: true, submittedAt: true } },
      responses: { select: { nps: true, mark: true } },
    },
  });
  return rows.map((row) => {
    const questionnaire = getMirrorQuestionnaire(row.questionnaireId, row.questionnaireVersion);
    const closed = isRoundClosed(row);
    // Only the appreciation is needed here: the statements' answers are left out.
    const aggregate =
      closed && questionnaire
        ? aggregateMirror({
            questionnaire,
            customers: row.responses.map(
              (r): MirrorCustomer => ({
                answers: {},
                nps: row.askNps ? r.nps : null,
                mark: row.askMark ? r.mark : null,
              }),
            ),
            minGroupSize: Math.max(5, row.minGroupSize),
          })
        : null;
    return {
      id: row.id,
      organiserToken: row.organiserToken,
      series: row.pairedScan.series,
      pairedScanId: row.pairedScan.id,
      submittedAt: row.pairedScan.submittedAt,
      closedAt: row.closedAt ?? (closed ? row.closesAt : null),
      respondents: row.responses.length,
      nps: row.askNps ? (aggregate?.nps ?? null) : null,
      mark: row.askMark ? (aggregate?.mark ?? null) : null,
    };
  });
}
