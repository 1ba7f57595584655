import { type MailContent, type MailLocale, renderMailLayout } from "@/lib/mail/templates/layout";

export interface PasswordResetInput {
  locale: MailLocale;
  /** The single-use link (absolute URL) to choose a new password. */
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
}

/**
 * The reset link to the account's own address. Named after the installation (the link's host), since a reset
 * is about an account, not an organisation; it says what happens to sessions and what to do if unasked.
 */
export function passwordResetMail(input: PasswordResetInput): MailContent {
  const nl = input.locale === "nl";
  const host = new URL(input.link).host;
  const minutes = input.validMinutes;
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: host,
    senderName: null,
    // No name: whoever signs up picks it, and could make this mail to someone else's address say anything.
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs: nl
      ? [
          "Iemand heeft gevraagd om een nieuw wachtwoord voor je Klantkompas-account. Was jij dat? Kies dan met de link hieronder een nieuw wachtwoord.",
        ]
      : [
          "Someone asked for a new password for your Klantkompas account. Was it you? Then choose a new password with the link below.",
        ],
    action: { label: nl ? "Kies een nieuw wachtwoord" : "Choose a new password", url: input.link },
    afterAction: nl
      ? [
          `De link werkt één keer, ${minutes} minuten lang. Daarna eindigen alle sessies van je account en log je in met het nieuwe wachtwoord.`,
          "Heb je niets gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.",
        ]
      : [
          `The link works once, for ${minutes} minutes. Afterwards every session of your account ends and you sign in with the new password.`,
          "Did not ask for it? Then there is nothing to do: your password stays as it is.",
        ],
  });
  return { subject: nl ? "Nieuw wachtwoord voor Klantkompas" : "New password for Klantkompas", ...body };
}
