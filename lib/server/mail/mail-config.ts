import "server-only";
import { env } from "@/lib/env";

/** Where mail goes: SMTP_URL and MAIL_FROM (lib/env.ts), or, in tests, what a test set. */
export interface MailConfig {
  smtpUrl: string;
  from: string;
}

// undefined: read the environment; null: off; a config: on. Only tests set it (overrideMailConfig).
let override: MailConfig | null | undefined;

/** The configuration in use, or null when mail is off (no SMTP_URL). */
export function readMailConfig(): MailConfig | null {
  if (override !== undefined) return override;
  if (!env.SMTP_URL || !env.MAIL_FROM) return null;
  return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
}

/** Whether the app sends mail. Off, it works as before: links to copy, and a notice that mail is off. */
export function mailEnabled(): boolean {
  return readMailConfig() !== null;
}

/**
 * Tests only: turn mail on against a test SMTP server (a config), off (null), or back to the environment
 * (undefined). The app itself never calls this.
 */
export function overrideMailConfig(config: MailConfig | null | undefined): void {
  override = config;
}
