import { accountLinkMail } from "@/lib/mail/templates/account-link-mail";
import type { MailContent, MailLocale } from "@/lib/mail/templates/layout";

export interface PasswordResetInput {
  locale: MailLocale;
  /** The single-use link (absolute URL) to choose a new password. */
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
}

/** The reset link to the account's own address; it says what happens to sessions and what to do if unasked. */
export function passwordResetMail(input: PasswordResetInput): MailContent {
  const minutes = input.validMinutes;
  return accountLinkMail({
    locale: input.locale,
    link: input.link,
    texts: {
      nl: {
        subject: "Nieuw wachtwoord voor Klantkompas",
        paragraph:
          "Iemand heeft gevraagd om een nieuw wachtwoord voor je Klantkompas-account. Was jij dat? Kies dan met de link hieronder een nieuw wachtwoord.",
        action: "Kies een nieuw wachtwoord",
        afterAction: [
          `De link werkt één keer, ${minutes} minuten lang. Daarna eindigen alle sessies van je account en log je in met het nieuwe wachtwoord.`,
          "Heb je niets gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.",
        ],
      },
      en: {
        subject: "New password for Klantkompas",
        paragraph:
          "Someone asked for a new password for your Klantkompas account. Was it you? Then choose a new password with the link below.",
        action: "Choose a new password",
        afterAction: [
          `The link works once, for ${minutes} minutes. Afterwards every session of your account ends and you sign in with the new password.`,
          "Did not ask for it? Then there is nothing to do: your password stays as it is.",
        ],
      },
    },
  });
}
