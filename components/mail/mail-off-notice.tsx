/** The calm line shown where the app would otherwise offer to send mail, when SMTP is not configured. */
export function MailOffNotice({ text }: { text: string }) {
  return (
    <p
      className="rounded-lg border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700"
      data-testid="mail-off"
    >
      {text}
    </p>
  );
}
