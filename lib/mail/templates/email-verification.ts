import { type MailContent, type MailLocale, renderMailLayout } from "@/lib/mail/templates/layout";

export interface EmailVerificationInput {
  locale: MailLocale;
  /** The single-use link (absolute URL) that confirms the address. */
  link: string;
  /** How long the link works, in hours. */
  validHours: number;
}

/**
 * "Confirm your address" to a new account's own address (lib/server/auth/email-verification.ts). Until it is confirmed
 * no invitation or reminder leaves for the account's workspace; the mail says so, and what to do if unasked.
 */
export function emailVerificationMail(input: EmailVerificationInput): MailContent {
  const nl = input.locale === "nl";
  const host = new URL(input.link).host;
  const hours = input.validHours;
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: host,
    senderName: null,
    // No name: whoever signs up picks it, and could make this mail to someone else's address say anything.
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs: nl
      ? [
          "Welkom bij Klantkompas. Bevestig met de link hieronder dat dit e-mailadres van jou is. Tot dan verstuurt Klantkompas geen uitnodigingen of herinneringen namens je.",
        ]
      : [
          "Welcome to Klantkompas. Confirm with the link below that this e-mail address is yours. Until then Klantkompas sends no invitations or reminders on your behalf.",
        ],
    action: { label: nl ? "Bevestig mijn e-mailadres" : "Confirm my e-mail address", url: input.link },
    afterAction: nl
      ? [
          `De link werkt één keer, ${hours} uur lang.`,
          "Heb je geen account gemaakt? Dan kun je deze mail negeren: zonder bevestiging verstuurt het account niets.",
        ]
      : [
          `The link works once, for ${hours} hours.`,
          "Did not create an account? Then you can ignore this e-mail: without confirmation the account sends nothing.",
        ],
  });
  return {
    subject: nl ? "Bevestig je e-mailadres voor Klantkompas" : "Confirm your e-mail address for Klantkompas",
    ...body,
  };
}
