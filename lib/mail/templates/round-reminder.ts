import { formatMailDate } from "@/lib/mail/templates/format-date";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface RoundReminderInput {
  locale: MailLocale;
  organisationName: string;
  senderName?: string | null;
  /** The same personal link as the invitation (absolute URL). */
  link: string;
  closesAt?: Date | null;
}

/** Reminder to an invitee of a team round who has not submitted yet. */
export function roundReminderMail(input: RoundReminderInput): MailContent {
  const organisation = oneLine(input.organisationName);
  const closes = input.closesAt ? formatMailDate(input.closesAt, input.locale) : null;
  const nl = input.locale === "nl";
  const subject = nl
    ? `Herinnering: de Klantkompas-scan van ${organisation}`
    : `Reminder: the Klantkompas scan of ${organisation}`;
  const paragraphs = nl
    ? [
        `Je bent uitgenodigd voor de Klantkompas-scan van ${organisation}, maar je hebt hem nog niet ingeleverd. Je antwoorden tot nu toe zijn bewaard: met dezelfde link ga je verder waar je was.`,
        "De organisator ziet alleen of je de scan hebt ingeleverd, nooit wat je hebt geantwoord.",
      ]
    : [
        `You were invited to the Klantkompas scan of ${organisation}, but you have not submitted it yet. Your answers so far are saved: the same link takes you back to where you were.`,
        "The organiser only sees whether you have submitted the scan, never what you answered.",
      ];
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs,
    action: { label: nl ? "Ga verder met de scan" : "Continue the scan", url: input.link },
    afterAction: closes ? [nl ? `De scan sluit op ${closes}.` : `The scan closes on ${closes}.`] : [],
  });
  return { subject, ...body };
}
