import "server-only";
import { RESET_TOKEN_TTL_SECONDS } from "@/lib/auth/password-reset-rules";
import { passwordResetMail } from "@/lib/mail/templates/password-reset";
import type { Locale } from "@/lib/questionnaire/schema";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { mailEnabled } from "@/lib/server/mail/mail-config";

// The accounts area's mails, through the outbox (lib/server/mail/enqueue-mail.ts): stored, then sent in the background.

/** Whether outgoing mail is configured (SMTP_URL and MAIL_FROM). */
export function accountMailEnabled(): boolean {
  return mailEnabled();
}

/** The reset link to its owner, in the language they asked in. Nothing when mail is off. */
export async function sendResetMail(mail: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
  userId: string;
}): Promise<void> {
  const content = passwordResetMail({
    locale: mail.locale,
    link: mail.url,
    validMinutes: RESET_TOKEN_TTL_SECONDS / 60,
  });
  await enqueueMail({
    to: mail.to,
    locale: mail.locale,
    kind: "password-reset",
    refType: "user",
    refId: mail.userId,
    ...content,
  });
}
