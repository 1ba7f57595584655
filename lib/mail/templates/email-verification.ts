import { accountLinkMail } from "@/lib/mail/templates/account-link-mail";
import type { MailContent, MailLocale } from "@/lib/mail/templates/layout";

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
  const hours = input.validHours;
  return accountLinkMail({
    locale: input.locale,
    link: input.link,
    texts: {
      nl: {
        subject: "Bevestig je e-mailadres voor Klantkompas",
        paragraph:
          "Welkom bij Klantkompas. Bevestig met de link hieronder dat dit e-mailadres van jou is. Tot dan verstuurt Klantkompas geen uitnodigingen of herinneringen namens je.",
        action: "Bevestig mijn e-mailadres",
        afterAction: [
          `De link werkt één keer, ${hours} uur lang.`,
          "Heb je geen account gemaakt? Dan kun je deze mail negeren: zonder bevestiging verstuurt het account niets.",
        ],
      },
      en: {
        subject: "Confirm your e-mail address for Klantkompas",
        paragraph:
          "Welcome to Klantkompas. Confirm with the link below that this e-mail address is yours. Until then Klantkompas sends no invitations or reminders on your behalf.",
        action: "Confirm my e-mail address",
        afterAction: [
          `The link works once, for ${hours} hours.`,
          "Did not create an account? Then you can ignore this e-mail: without confirmation the account sends nothing.",
        ],
      },
    },
  });
}
