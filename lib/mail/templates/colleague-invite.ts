import { formatMailDate } from "@/lib/mail/templates/format-date";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface ColleagueInviteInput {
  locale: MailLocale;
  /** The owner who invites. */
  inviterName: string;
  workspaceName: string;
  /** The invitation link (absolute URL). */
  link: string;
  expiresAt: Date;
  /** The invited address: the link works only for an account with it. */
  email: string;
}

/** An owner invites a colleague into their workspace. */
export function colleagueInviteMail(input: ColleagueInviteInput): MailContent {
  const nl = input.locale === "nl";
  const inviter = oneLine(input.inviterName, 120);
  const workspace = oneLine(input.workspaceName, 120);
  const until = formatMailDate(input.expiresAt, input.locale);
  const email = oneLine(input.email, 254);
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: workspace,
    senderName: inviter,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs: nl
      ? [
          `Je bent uitgenodigd voor de Klantkompas-werkruimte ${workspace}, door ${inviter}. Als lid zie en bewerk je de klanten, scans en teamrondes van die werkruimte.`,
          `Open de link, maak een account aan met ${email} (of log in als je er al een hebt) en doe mee.`,
        ]
      : [
          `You are invited to the Klantkompas workspace ${workspace}, by ${inviter}. As a member you see and edit that workspace's clients, scans and team rounds.`,
          `Open the link, create an account with ${email} (or sign in if you have one) and join.`,
        ],
    action: { label: nl ? `Doe mee met ${workspace}` : `Join ${workspace}`, url: input.link },
    afterAction: nl
      ? [`De link werkt tot ${until}, alleen voor ${email}.`]
      : [`The link works until ${until}, only for ${email}.`],
  });
  return {
    subject: nl
      ? `Uitnodiging voor de werkruimte ${workspace} in Klantkompas`
      : `Invitation to the workspace ${workspace} in Klantkompas`,
    ...body,
  };
}
