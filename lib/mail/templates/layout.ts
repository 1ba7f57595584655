/**
 * The frame every mail shares: plain text and simple HTML with the same content, naming the organisation and
 * the sender. Everything put in is escaped; no images, no remote resources, no tracking pixels; the only link
 * is the action's own (http/https only). Pure: no Next, no Prisma.
 */

export type MailLocale = "nl" | "en";

/** What a template returns and enqueueMail stores. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MailLayoutInput {
  locale: MailLocale;
  /** The organisation the mail is about (the client, the round's organisation, the workspace). */
  organisationName: string;
  /** Who sends it (a consultant or organiser); null or empty: the mail comes from Klantkompas itself. */
  senderName?: string | null;
  /** First line, e.g. "Hallo Anna,". */
  greeting?: string;
  paragraphs: readonly string[];
  /** The one button (HTML) / link line (text). */
  action?: { label: string; url: string };
  /** Lines after the action, e.g. "De link verloopt over een uur." */
  afterAction?: readonly string[];
}

const FOOTER = {
  nl: {
    bySender: (sender: string, organisation: string) =>
      `Deze mail is verzonden met Klantkompas door ${sender}, namens ${organisation}.`,
    byApp: (organisation: string) => `Deze mail is verzonden door Klantkompas, namens ${organisation}.`,
    unexpected: "Verwachtte je deze mail niet? Dan kun je hem negeren.",
  },
  en: {
    bySender: (sender: string, organisation: string) =>
      `This e-mail was sent with Klantkompas by ${sender}, on behalf of ${organisation}.`,
    byApp: (organisation: string) => `This e-mail was sent by Klantkompas, on behalf of ${organisation}.`,
    unexpected: "Not expecting this e-mail? You can ignore it.",
  },
} as const;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** A subject or name on one line: line breaks and control characters become spaces, at most `max` characters. */
export function oneLine(value: string, max = 200): string {
  // Control characters (line breaks included) become spaces: a subject or name is one header line.
  const spaced = Array.from(value, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? " " : char;
  }).join("");
  const flat = spaced.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Only absolute http(s) links go into a mail; anything else is a programming error. */
export function assertMailLink(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Not an http(s) link: ${url}`);
  return parsed.toString();
}

function footerLine(input: MailLayoutInput): string {
  const texts = FOOTER[input.locale];
  const organisation = oneLine(input.organisationName);
  const sender = input.senderName ? oneLine(input.senderName) : "";
  return sender ? texts.bySender(sender, organisation) : texts.byApp(organisation);
}

export function renderMailLayout(input: MailLayoutInput): { text: string; html: string } {
  const texts = FOOTER[input.locale];
  const action = input.action ? { label: input.action.label, url: assertMailLink(input.action.url) } : undefined;
  const after = input.afterAction ?? [];
  const footer = [footerLine(input), texts.unexpected];

  const textParts = [
    ...(input.greeting ? [input.greeting] : []),
    ...input.paragraphs,
    ...(action ? [`${action.label}:\n${action.url}`] : []),
    ...after,
    `--\n${footer.join("\n")}`,
  ];
  const text = `${textParts.join("\n\n")}\n`;

  const p = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#4b5563">${escapeHtml(action.url)}</p>`
    : "";
  const html = [
    "<!doctype html>",
    `<html lang="${input.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    '<body style="margin:0;padding:0;background:#f3f4f6">',
    '<div style="max-width:560px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111827;background:#ffffff">',
    `<p style="margin:0 0 24px;font-weight:bold;color:#1d4ed8">Klantkompas &middot; ${escapeHtml(oneLine(input.organisationName))}</p>`,
    ...(input.greeting ? [p(input.greeting)] : []),
    ...input.paragraphs.map(p),
    button,
    ...after.map(p),
    `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">`,
    ...footer.map((line) => `<p style="margin:0 0 8px;font-size:13px;color:#4b5563">${escapeHtml(line)}</p>`),
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
  return { text, html };
}

/**
 * Adds a line above the footer of a rendered mail (text and HTML), escaped like the rest: the sender notice
 * lib/server/mail/mail-quota.ts adds to every invitation and reminder, from what the app knows rather than what a
 * request typed.
 */
export function addNoticeAboveFooter(content: MailContent, line: string): MailContent {
  const flat = oneLine(line, 400);
  const cut = content.text.lastIndexOf("\n\n--\n");
  const text =
    cut === -1 ? `${content.text}\n${flat}\n` : `${content.text.slice(0, cut)}\n\n${flat}${content.text.slice(cut)}`;
  const marker = '<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">';
  const paragraph = `<p style="margin:0 0 16px;font-size:13px;color:#4b5563">${escapeHtml(flat)}</p>\n`;
  const at = content.html.lastIndexOf(marker);
  const html =
    at === -1 ? `${content.html}${paragraph}` : `${content.html.slice(0, at)}${paragraph}${content.html.slice(at)}`;
  return { subject: content.subject, text, html };
}
