/** The kinds of mail (MailOutbox.kind) and what their refId points at (refType). */
export const MAIL_KIND = {
  roundInvitation: "round-invitation",
  roundReminder: "round-reminder",
  scanInvitation: "scan-invitation",
  scanReminder: "scan-reminder",
  /** A round's organiser link, mailed to the organiser of a round without an account (refType "scan"). */
  organiserLink: "organiser-link",
} as const;

export const MAIL_REF = { response: "response", scan: "scan" } as const;
