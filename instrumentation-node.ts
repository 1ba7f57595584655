// Start-up of a Node.js app server (called by instrumentation.ts).
export async function registerNodeServer(): Promise<void> {
  // First, so that nothing logged from here on carries a capability token (lib/security/log-redaction.ts).
  const { installLogRedaction } = await import("@/lib/security/log-redaction");
  installLogRedaction();
  // Validating the environment here makes a missing or bad variable (say a short BETTER_AUTH_SECRET) stop the
  // server with a clear message instead of failing requests.
  try {
    await import("@/lib/env");
  } catch (error) {
    // Next.js would log the error and keep serving; a server without valid configuration must not.
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // The background mail sender (lib/server/mail/mail-sender.ts), only when SMTP_URL is set; each round it also sends
  // the automatic reminders that are due.
  const { mailEnabled } = await import("@/lib/server/mail/mail-config");
  if (mailEnabled()) {
    const [{ startMailSender }, { sendDueAutoReminders }] = await Promise.all([
      import("@/lib/server/mail/mail-sender"),
      import("@/lib/server/rounds/round-mail"),
    ]);
    // Looked at twice a minute, not on every round of the sender: an automatic reminder is a matter of days.
    let checkedAt = 0;
    const autoReminders = async () => {
      if (Date.now() - checkedAt < 30_000) return;
      checkedAt = Date.now();
      await sendDueAutoReminders();
    };
    startMailSender({ tasks: [autoReminders] });
  }
}
