import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface ScanInvitationInput {
  locale: MailLocale;
  organisationName: string;
  /** The consultant who sends it. */
  senderName?: string | null;
  kind: "full" | "quick";
  /** The questionnaire's estimate. */
  minutes: number;
  /** The scan's own link (absolute URL). */
  link: string;
  /** true: a reminder of the same invitation. */
  reminder?: boolean;
}

const SCAN_NAME = {
  nl: { full: "volledige scan", quick: "snelscan" },
  en: { full: "full scan", quick: "quick scan" },
} as const;

/** Invitation (or reminder) to fill in a client's self-scan; the same words as the message to copy. */
export function scanInvitationMail(input: ScanInvitationInput): MailContent {
  const organisation = oneLine(input.organisationName);
  const scan = SCAN_NAME[input.locale][input.kind];
  const nl = input.locale === "nl";
  const subject = input.reminder
    ? nl
      ? `Herinnering: de ${scan} van Klantkompas voor ${organisation}`
      : `Reminder: the Klantkompas ${scan} for ${organisation}`
    : nl
      ? `Wil je de ${scan} van Klantkompas invullen voor ${organisation}?`
      : `Would you fill in the Klantkompas ${scan} for ${organisation}?`;
  const lead = input.reminder
    ? nl
      ? `Je hebt de ${scan} van Klantkompas voor ${organisation} nog niet ingeleverd. Je antwoorden tot nu toe zijn bewaard: met dezelfde link ga je verder waar je was.`
      : `You have not submitted the Klantkompas ${scan} for ${organisation} yet. Your answers so far are saved: the same link takes you back to where you were.`
    : nl
      ? `Wil je de ${scan} van Klantkompas invullen voor ${organisation}? Het kost ongeveer ${input.minutes} minuten en je hebt geen account nodig.`
      : `Would you fill in the Klantkompas ${scan} for ${organisation}? It takes about ${input.minutes} minutes and you do not need an account.`;
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs: [lead],
    action: { label: nl ? "Open de scan" : "Open the scan", url: input.link },
    afterAction: nl
      ? [
          "Je antwoorden worden meteen bewaard, dus je kunt stoppen en later verdergaan met dezelfde link. Houd de link voor jezelf: iedereen die hem heeft, kan de antwoorden wijzigen tot ze zijn ingeleverd.",
        ]
      : [
          "Your answers are saved as you go, so you can stop and continue later with the same link. Please keep the link to yourself: anyone who has it can change the answers until they are submitted.",
        ],
  });
  return { subject, ...body };
}
