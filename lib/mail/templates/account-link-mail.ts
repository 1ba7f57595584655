import { type MailContent, type MailLocale, renderMailLayout } from "@/lib/mail/templates/layout";

/** One language's words of an account mail that carries a single-use link. */
export type AccountLinkTexts = {
  subject: string;
  paragraph: string;
  action: string;
  /** What the link does and for how long, then what to do when nobody asked. */
  afterAction: string[];
};

/**
 * The shape shared by the account mails (e-mail verification, password reset): sent to the account's own address,
 * named after the installation (the link's host) since they are about an account, not an organisation, and
 * greeting nobody by name: whoever signs up picks the name, and could make a mail to someone else's address say
 * anything.
 */
export function accountLinkMail({
  locale,
  link,
  texts,
}: {
  locale: MailLocale;
  /** The single-use link (absolute URL). */
  link: string;
  texts: Record<MailLocale, AccountLinkTexts>;
}): MailContent {
  const words = texts[locale];
  const body = renderMailLayout({
    locale,
    organisationName: new URL(link).host,
    senderName: null,
    greeting: locale === "nl" ? "Hallo," : "Hello,",
    paragraphs: [words.paragraph],
    action: { label: words.action, url: link },
    afterAction: words.afterAction,
  });
  return { subject: words.subject, ...body };
}
