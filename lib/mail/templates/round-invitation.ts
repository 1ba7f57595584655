import { formatMailDate } from "@/lib/mail/templates/format-date";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface RoundInvitationInput {
  locale: MailLocale;
  organisationName: string;
  /** The consultant or organiser who invites; null: the mail names Klantkompas only. */
  senderName?: string | null;
  /** The personal link (absolute URL). */
  link: string;
  closesAt?: Date | null;
}

/** Invitation to a team round through a personal link. */
export function roundInvitationMail(input: RoundInvitationInput): MailContent {
  const organisation = oneLine(input.organisationName);
  const closes = input.closesAt ? formatMailDate(input.closesAt, input.locale) : null;
  const nl = input.locale === "nl";
  const subject = nl
    ? `Uitnodiging: hoe klantgericht is ${organisation}?`
    : `Invitation: how customer-centric is ${organisation}?`;
  const paragraphs = nl
    ? [
        `Je bent uitgenodigd om mee te doen aan de Klantkompas-scan van ${organisation}. Je beantwoordt stellingen over zes domeinen van klantgerichtheid.`,
        "Je antwoorden zijn vertrouwelijk: de organisator ziet alleen of je de scan hebt ingevuld, nooit wat je hebt geantwoord. Uitkomsten worden alleen getoond voor groepen die groot genoeg zijn.",
      ]
    : [
        `You are invited to take part in the Klantkompas scan of ${organisation}. You respond to statements about six domains of customer-centricity.`,
        "Your answers are confidential: the organiser only sees whether you have completed the scan, never what you answered. Results are only shown for groups that are large enough.",
      ];
  const after = [
    ...(closes ? [nl ? `De scan sluit op ${closes}.` : `The scan closes on ${closes}.`] : []),
    nl ? "Deze link is persoonlijk: stuur hem niet door." : "This link is personal: please do not forward it.",
  ];
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs,
    action: { label: nl ? "Start de scan" : "Start the scan", url: input.link },
    afterAction: after,
  });
  return { subject, ...body };
}
