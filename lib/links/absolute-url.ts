import { toLocale } from "@/lib/i18n/locale";

/**
 * An absolute link into this install, for links people copy or receive by mail: the origin (PUBLIC_URL or the
 * request's, lib/server/http/request-origin.ts) and a path, with `?lang=` when the page must open in the
 * recipient's language (anything but a supported locale falls back to Dutch).
 */
export function absoluteUrl({ origin, path, lang }: { origin: string; path: `/${string}`; lang?: string }): string {
  const base = `${origin.replace(/\/+$/, "")}${path}`;
  if (lang === undefined) return base;
  return `${base}?lang=${toLocale(lang)}`;
}
