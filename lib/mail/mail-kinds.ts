/** The kinds of mail (MailOutbox.kind) and what their refId points at (refType). */
export const MAIL_KIND = {
  roundInvitation: "round-invitation",
  roundReminder: "round-reminder",
  scanInvitation: "scan-invitation",
  scanReminder: "scan-reminder",
} as const;

export const MAIL_REF = { response: "response", scan: "scan" } as const;
