import "server-only";
import type { Locale } from "@/lib/questionnaire/schema";

// LOCAL ADAPTER until the mail foundation (branch `mail`) is merged: then this sends through enqueueMail.
export async function sendResetMail(_mail: {
  to: string;
  name: string;
  url: string;
  locale: Locale;
  userId: string;
}): Promise<void> {}

/** Whether outgoing mail is configured (SMTP_URL). */
export function resetMailEnabled(): boolean {
  return false;
}
