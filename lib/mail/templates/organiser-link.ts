import { createTranslator } from "next-intl";
import enMail from "@/lib/i18n/messages/mail/en.json";
import nlMail from "@/lib/i18n/messages/mail/nl.json";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

const MESSAGES = { nl: nlMail, en: enMail } as const;

/**
 * The organiser link of a round opened without an account, mailed to the address the organiser typed on the
 * organiser page. Names the organisation and nothing else about the round: no counts, no answers.
 */
export function organiserLinkMail(input: { locale: MailLocale; organisationName: string; link: string }): MailContent {
  const t = createTranslator({
    locale: input.locale,
    messages: MESSAGES[input.locale],
    namespace: "mail.organiserLink",
  });
  const organisation = oneLine(input.organisationName);
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: null,
    greeting: t("greeting"),
    paragraphs: [t("lead", { organisation })],
    action: { label: t("action"), url: input.link },
    afterAction: [t("keep")],
  });
  return { subject: t("subject", { organisation }), ...body };
}
