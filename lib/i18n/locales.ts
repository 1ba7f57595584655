// Zod-free, so client components can import the list without pulling zod into the browser bundle.
export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
