import "server-only";
import type { MailStatus } from "@/lib/mail/mail-status";
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
};

/** Everything the organiser's page shows, or null for an unknown link. Never an answer. */
export async function loadOrganiserPage({ token }: { token: string }): Promise<OrganiserPageData | null> {
  const round = await getRoundByOrganiserToken(token);
  if (!round) return null;
  const [origin, { progress, personalLinks }, teamJoined] = await Promise.all([
    getRequestOrigin(),
    getRoundProgress(round),
    countTeamLinkResponses(round.id),
  ]);
  const mail = await getInviteeMail(personalLinks.map((link) => link.id));
  // Targets and actions once the round shows results: the organiser decides for a round without a client,
  // the client's consultant for one filed under a client (others with this link read them).
  const shown = round.closed && round.aggregate?.shown ? round.aggregate : null;
  const consultant = shown ? await getConsultant() : null;
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
  const teamViews = !round.closed && personalLinks.length > 0 ? [] : await teamViewsOf(round);
  return {
    round,
    origin,
    progress,
    personalLinks,
    teamJoined,
    mailOn: mailEnabled(),
    mail,
    loop: shown && loop ? { shown, loop, canChange } : null,
    teamViews,
  };
}
