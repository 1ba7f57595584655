import "server-only";
import type { MailStatus } from "@/lib/mail/mail-status";
import { type SourceProgress, sourceProgress } from "@/lib/rounds/response-rate";
import type { RoundProgress } from "@/lib/scan-rules/round-progress";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import {
  getRoundByOrganiserToken,
  getRoundProgress,
  type PersonalLink,
  type Round,
} from "@/lib/server/rounds/get-round";
import { countTeamLinkResponses } from "@/lib/server/rounds/join-round";
import { teamViewsOf } from "@/lib/server/rounds/preview-groups";
import { getRoundClient } from "@/lib/server/rounds/round-client";
import { getInviteeMail } from "@/lib/server/rounds/round-mail";
import { canChangeLoop } from "@/lib/server/targets/access";
import { getScanLoop, type ScanLoop } from "@/lib/server/targets/get-loop";

export type OrganiserPageData = {
  round: Round;
  origin: string;
  progress: RoundProgress;
  personalLinks: PersonalLink[];
  teamJoined: number;
  mailOn: boolean;
  /** Per personal link: what happened to its invitation and reminders (never anything answered). */
  mail: Map<string, MailStatus>;
  /** The closed round's shown aggregate with its targets and actions, once there are results. */
  loop: { shown: NonNullable<Round["aggregate"]>; loop: ScanLoop; canChange: boolean } | null;
  teamViews: Array<{ team: string; number: number }>;
  /** Progress per way in (personal links, team link) with the response rates where the number invited is known. */
  sources: SourceProgress;
  /** The client the round is filed under, for a signed-in consultant of its workspace only. */
  client: { id: string; name: string } | null;
  /** Whether the organiser link can be mailed from this page: rounds opened without an account, while mail is on. */
  canMailLink: boolean;
};

/** Everything the organiser's page shows, or null for an unknown link. Never an answer. */
export async function loadOrganiserPage({ token }: { token: string }): Promise<OrganiserPageData | null> {
  const round = await getRoundByOrganiserToken(token);
  if (!round) return null;
  const [origin, { progress, personalLinks }, teamJoined, consultant] = await Promise.all([
    getRequestOrigin(),
    getRoundProgress(round),
    countTeamLinkResponses(round.id),
    getConsultant(),
  ]);
  const mail = await getInviteeMail(personalLinks.map((link) => link.id));
  // Targets and actions once the round shows results: the organiser decides for a round without a client,
  // the client's consultant for one filed under a client (others with this link read them).
  const shown = round.closed && round.aggregate?.shown ? round.aggregate : null;
  const [loop, canChange] = shown
    ? await Promise.all([
        getScanLoop(round.id),
        canChangeLoop({
          actor: { workspaceId: consultant?.workspaceId, organiserToken: token, name: consultant?.name ?? "" },
          scanId: round.id,
        }),
      ])
    : [null, false];
  // Live team-view links would tie an invitee who just submitted to a team: none while personal links are in use.
  const [teamViews, client] = await Promise.all([
    !round.closed && personalLinks.length > 0 ? [] : teamViewsOf(round),
    getRoundClient({ clientId: round.clientId, workspaceId: consultant?.workspaceId }),
  ]);
  const mailOn = mailEnabled();
  return {
    round,
    origin,
    progress,
    personalLinks,
    teamJoined,
    mailOn,
    mail,
    loop: shown && loop ? { shown, loop, canChange } : null,
    teamViews,
    sources: sourceProgress({
      personalStates: personalLinks.map((link) => link.status),
      teamJoined,
      totalStarted: progress.total.started,
      totalSubmitted: progress.total.submitted,
      expected: round.expectedRespondents,
      sealed: round.sealed,
    }),
    client,
    canMailLink: mailOn && round.clientId === null,
  };
}

/** The organisation a round is for, for the organiser tab's title; null for an unknown link. */
export async function loadOrganiserTitle({ token }: { token: string }): Promise<string | null> {
  return (await getRoundByOrganiserToken(token))?.organisationName ?? null;
}
