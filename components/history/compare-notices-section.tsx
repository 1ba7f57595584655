import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

/**
 * Why the comparison may not be what was asked (other scans chosen, two questionnaire versions), and what
 * its changes can bear: the margin between two rounds, one person's view for self-scans, or a margin unknown.
 */
export async function CompareNoticesSection({
  pair: { from, to, fromQuestionnaire, toQuestionnaire, comparison, usedDefault, judgement },
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}) {
  const t = await getTranslations("compare");
  const labels = Object.values(judgement.domains);
  const marginNote =
    judgement.basis === "one-person"
      ? t("margin.noteOnePerson")
      : labels.some((l) => l.label === "margin-unknown")
        ? `${t("margin.noteRounds")} ${t("margin.noteUnknown")}`
        : t("margin.noteRounds");
  const title = (scan: typeof from, q: typeof fromQuestionnaire) =>
    q
      ? `${localized(q.title, locale)} (v${scan.questionnaireVersion})`
      : `${scan.questionnaireId} v${scan.questionnaireVersion}`;
  return (
    <>
      {usedDefault && (
        <p role="status" className="no-print rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          {t("usedDefault")}
        </p>
      )}
      {comparison.differentVersions && (
        <p className="rounded-lg border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950 print:border-stone-400">
          {t("differentVersions", { from: title(from, fromQuestionnaire), to: title(to, toQuestionnaire) })}
        </p>
      )}
      {labels.length > 0 && (
        <p
          className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm text-stone-800"
          data-testid="margin-note"
        >
          {marginNote}
        </p>
      )}
    </>
  );
}
