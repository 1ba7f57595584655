import "server-only";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { tokenSchema } from "@/lib/schemas/scan";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { loadMirrorResults, type MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

export type MirrorResultsPage = {
  results: MirrorResults;
  locale: Locale;
  /** The organiser's page: open answers, export and the link to share; null on the shared results link. */
  organiser: { organiserToken: string; sharedUrl: string } | null;
};

/**
 * A mirror's results page: the organiser's (with open answers, export and the results link to pass on) or the
 * shared read-only one (never open answers). Null for an unknown or malformed token.
 */
export async function loadMirrorResultsPage(
  where: { organiserToken: string } | { resultsToken: string },
): Promise<MirrorResultsPage | null> {
  const token = "organiserToken" in where ? where.organiserToken : where.resultsToken;
  if (!tokenSchema.safeParse(token).success) return null;
  const [results, locale] = await Promise.all([loadMirrorResults(where), getLocale()]);
  if (!results) return null;
  if (!("organiserToken" in where)) return { results, locale: locale as Locale, organiser: null };
  const origin = await getRequestOrigin();
  return {
    results,
    locale: locale as Locale,
    organiser: {
      organiserToken: where.organiserToken,
      sharedUrl: `${origin}/mirror-results/${results.mirror.resultsToken}`,
    },
  };
}
