import { createTranslator } from "next-intl";
import enClients from "@/lib/i18n/messages/clients/en.json";
import nlClients from "@/lib/i18n/messages/clients/nl.json";
import enMail from "@/lib/i18n/messages/mail/en.json";
import nlMail from "@/lib/i18n/messages/mail/nl.json";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface ScanInvitationInput {
  locale: MailLocale;
  organisationName: string;
  /** The consultant who sends it. */
  senderName?: string | null;
  kind: "full" | "quick";
  /** The questionnaire's estimate. */
  minutes: number;
  /** The scan's own link (absolute URL). */
  link: string;
  /** true: a reminder of the same invitation. */
  reminder?: boolean;
}

// The texts live in the message catalogue (mail.scanInvitation), next to the message a consultant copies
// (clients.scan.message), so the mail and the copied message cannot drift apart; a test checks they agree.
const MESSAGES = {
  nl: { ...nlMail, ...nlClients },
  en: { ...enMail, ...enClients },
} as const;

/** Invitation (or reminder) to fill in a client's self-scan; the same words as the message to copy. */
export function scanInvitationMail(input: ScanInvitationInput): MailContent {
  const messages = MESSAGES[input.locale];
  const t = createTranslator({ locale: input.locale, messages, namespace: "mail.scanInvitation" });
  const organisation = oneLine(input.organisationName);
  const values = { scan: messages.clients.scan.messageScan[input.kind], organisation, minutes: input.minutes };
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: t("greeting"),
    paragraphs: [input.reminder ? t("reminderLead", values) : t("lead", values)],
    action: { label: t("action"), url: input.link },
    afterAction: [t("afterAction")],
  });
  return { subject: input.reminder ? t("reminderSubject", values) : t("subject", values), ...body };
}
