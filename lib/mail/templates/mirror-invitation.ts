import { formatMailDate } from "@/lib/mail/templates/format-date";
import { type MailContent, type MailLocale, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

export interface MirrorMailInput {
  locale: MailLocale;
  organisationName: string;
  /** The consultant or organiser who asks; null: the mail names Klantkompas only. */
  senderName?: string | null;
  /** The personal link (absolute URL). */
  link: string;
  /** How long the questionnaire takes, in minutes. */
  minutes: number;
  closesAt?: Date | null;
}

const PRIVACY = {
  nl: "Je antwoorden zijn anoniem: de organisatie ziet alleen uitkomsten van groepen van minstens vijf klanten, nooit wat jij hebt geantwoord. Je adres wordt alleen gebruikt om deze uitnodiging en hooguit een herinnering te sturen, en wordt gewist zodra de vragenlijst sluit.",
  en: "Your answers are anonymous: the organisation only sees results of groups of at least five customers, never what you answered. Your address is used only to send this invitation and at most a reminder, and is deleted as soon as the questionnaire closes.",
} as const;

function closing(input: MirrorMailInput): string[] {
  const nl = input.locale === "nl";
  const closes = input.closesAt ? formatMailDate(input.closesAt, input.locale) : null;
  return [
    ...(closes ? [nl ? `De vragenlijst sluit op ${closes}.` : `The questionnaire closes on ${closes}.`] : []),
    nl ? "Deze link is persoonlijk: stuur hem niet door." : "This link is personal: please do not forward it.",
  ];
}

/** Invitation to a customer mirror through a personal link: who asks, why, how long, anonymous. */
export function mirrorInvitationMail(input: MirrorMailInput): MailContent {
  const organisation = oneLine(input.organisationName);
  const nl = input.locale === "nl";
  const subject = nl ? `Hoe ervaar je ${organisation}?` : `How do you experience ${organisation}?`;
  const paragraphs = nl
    ? [
        `${organisation} wil weten hoe klanten de organisatie ervaren, om daar gericht beter in te worden. Wil je een paar vragen beantwoorden? Het kost ongeveer ${input.minutes} minuten.`,
        PRIVACY.nl,
      ]
    : [
        `${organisation} wants to know how customers experience the organisation, so it can improve where it matters. Would you answer a few questions? It takes about ${input.minutes} minutes.`,
        PRIVACY.en,
      ];
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs,
    action: { label: nl ? "Vragenlijst openen" : "Open the questionnaire", url: input.link },
    afterAction: closing(input),
  });
  return { subject, ...body };
}

/** Reminder to a customer who has not answered through their personal link yet. */
export function mirrorReminderMail(input: MirrorMailInput): MailContent {
  const organisation = oneLine(input.organisationName);
  const nl = input.locale === "nl";
  const subject = nl
    ? `Herinnering: hoe ervaar je ${organisation}?`
    : `Reminder: how do you experience ${organisation}?`;
  const paragraphs = nl
    ? [
        `Je bent gevraagd te vertellen hoe je ${organisation} ervaart, maar we hebben je antwoorden nog niet ontvangen. Het kost ongeveer ${input.minutes} minuten.`,
        PRIVACY.nl,
      ]
    : [
        `You were asked how you experience ${organisation}, but we have not received your answers yet. It takes about ${input.minutes} minutes.`,
        PRIVACY.en,
      ];
  const body = renderMailLayout({
    locale: input.locale,
    organisationName: organisation,
    senderName: input.senderName,
    greeting: nl ? "Hallo," : "Hello,",
    paragraphs,
    action: { label: nl ? "Vragenlijst openen" : "Open the questionnaire", url: input.link },
    afterAction: [
      nl
        ? "Gebruik de link in deze mail: die uit de eerste uitnodiging werkt niet meer."
        : "Please use the link in this e-mail: the one in the first invitation no longer works.",
      ...closing(input),
    ],
  });
  return { subject, ...body };
}
