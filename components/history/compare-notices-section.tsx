import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

/** Why the comparison may not be what was asked: other scans chosen, or two questionnaire versions. */
export async function CompareNoticesSection({
  pair: { from, to, fromQuestionnaire, toQuestionnaire, comparison, usedDefault },
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}) {
  const t = await getTranslations("compare");
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
    </>
  );
}
