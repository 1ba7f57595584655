import { LOCALES, type Locale } from "@/lib/i18n/locales";

export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "klantkompas-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or requested locale as a supported one: anything unknown falls back to Dutch. */
export function toLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Picks the first supported language from an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0], quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale);
}

/** The user's explicit choice wins, then the browser's languages, then Dutch. */
export function resolveLocale(options: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(options.cookie)) return options.cookie;
  return localeFromAcceptLanguage(options.acceptLanguage) ?? DEFAULT_LOCALE;
}
