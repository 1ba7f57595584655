/** The mail of a customer mirror's personal links (MailOutbox.kind), and what their refId points at. */
export const MIRROR_MAIL = {
  invitation: "mirror-invitation",
  reminder: "mirror-reminder",
  refType: "mirror-invite",
} as const;
