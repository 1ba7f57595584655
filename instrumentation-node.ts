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
  // the automatic reminders that are due, and closes customer mirrors whose closing date has passed.
  const { mailEnabled } = await import("@/lib/server/mail/mail-config");
  const { closeDueMirrors } = await import("@/lib/server/mirrors/close-mirror");
  if (mailEnabled()) {
    const [{ startMailSender }, { sendDueAutoReminders }, { sendDueMirrorReminders }] = await Promise.all([
      import("@/lib/server/mail/mail-sender"),
      import("@/lib/server/rounds/round-mail"),
      import("@/lib/server/mirrors/send-mirror-reminders"),
    ]);
    // Looked at twice a minute, not on every round of the sender: an automatic reminder is a matter of days.
    let checkedAt = 0;
    const autoReminders = async () => {
      if (Date.now() - checkedAt < 30_000) return;
      checkedAt = Date.now();
      // Closing first: a mirror past its date deletes its addresses and gets no reminder.
      await closeDueMirrors().catch((error: unknown) => console.error("closing due mirrors failed", error));
      await sendDueAutoReminders();
      await sendDueMirrorReminders();
    };
    startMailSender({ tasks: [autoReminders] });
  } else {
    // Without mail there is no sender loop; mirrors past their closing date are still closed (each close is one
    // conditional update, so every app server may run this), and the organiser page closes them as it loads.
    const timer = setInterval(() => {
      closeDueMirrors().catch((error: unknown) => console.error("closing due mirrors failed", error));
    }, 60_000);
    timer.unref();
  }
}
