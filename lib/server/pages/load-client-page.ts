import "server-only";
import { localDate } from "@/lib/exports/export-file-name";
import { seriesWithResults } from "@/lib/history/series";
import type { MailStatus } from "@/lib/mail/mail-status";
import { type ClientScan, listClientScans } from "@/lib/server/clients/client-scans";
import { listScanMail } from "@/lib/server/clients/scan-mail";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { type ClientMirror, listClientMirrors } from "@/lib/server/mirrors/list-client-mirrors";
import { closeDueRounds } from "@/lib/server/rounds/close-round";
import { countFailedInvitations } from "@/lib/server/rounds/round-mail";
import { countClientActions } from "@/lib/server/targets/list-actions";

export type ClientPageData = {
  /** All the client's scans, oldest first. */
  scans: ClientScan[];
  origin: string;
  mailOn: boolean;
  actionCounts: Awaited<ReturnType<typeof countClientActions>>;
  /** Open self-scans whose invitation went by mail: their mail state, remind, resend. */
  mailedScans: Array<{ scanId: string; createdAt: Date; mail: MailStatus }>;
  /** The series with results, the one on screen (if any) and its scans. */
  series: string[];
  selected: string | undefined;
  inSeries: ClientScan[];
  rounds: ClientScan[];
  /** Per open round: invitations that were not delivered. */
  failedInvitations: Awaited<ReturnType<typeof countFailedInvitations>>;
  /** The client's customer mirrors, oldest first, with their appreciation figures (none below the minimum). */
  mirrors: ClientMirror[];
};

/** What a client's page shows, for the series asked for (?series=…) or the first with results. */
export async function loadClientPage({
  workspaceId,
  clientId,
  series: asked,
}: {
  workspaceId: string;
  clientId: string;
  series: string | undefined;
}): Promise<ClientPageData> {
  // A round past its closing date closes here too, so its result shows without anyone opening a round link.
  await closeDueRounds({ workspaceId, clientId });
  const [scans, origin, actionCounts, mirrors] = await Promise.all([
    listClientScans({ workspaceId, clientId }),
    getRequestOrigin(),
    countClientActions({ workspaceId, clientId, today: localDate(new Date()) }),
    listClientMirrors({ clientId }),
  ]);
  const openSelfScans = scans.filter((a) => a.kind === "self" && a.status !== "submitted");
  const scanMail = await listScanMail({ workspaceId, scanIds: openSelfScans.map((a) => a.id) });
  const mailedScans = openSelfScans.flatMap((a) => {
    const mail = scanMail.get(a.id);
    return mail ? [{ scanId: a.id, createdAt: a.createdAt, mail }] : [];
  });
  // Trend and comparison show one series at a time (lib/history/series.ts): never different people on one line.
  const series = seriesWithResults(scans);
  const selected = asked && series.includes(asked) ? asked : series[0];
  const inSeries = selected ? scans.filter((a) => a.series === selected) : [];
  const rounds = scans.filter((a) => a.kind === "team");
  // Open rounds with invitations that were not delivered: the consultant sees it here, and resends on the round.
  const failedInvitations = await countFailedInvitations({
    workspaceId,
    scanIds: rounds.filter((r) => !r.submittedAt).map((r) => r.id),
  });
  return {
    scans,
    origin,
    mailOn: mailEnabled(),
    actionCounts,
    mailedScans,
    series,
    selected,
    inSeries,
    rounds,
    failedInvitations,
    mirrors,
  };
}
