/**
 * The e2e app server's mail settings: on, through the SMTP sink scripts/test.ts started (tests/support/smtp-sink.ts),
 * with the PUBLIC_URL mail requires; off without the sink. A second server a spec starts gets the same, as every
 * server of one installation must (the same PUBLIC_URL also means the same cookie names: Secure or not).
 */
export function appServerMailEnv(publicUrl: string): Record<string, string> {
  const smtpUrl = process.env.E2E_SMTP_URL;
  if (!smtpUrl) return {};
  return { SMTP_URL: smtpUrl, MAIL_FROM: "Klantkompas <noreply@klantkompas.test>", PUBLIC_URL: publicUrl };
}
