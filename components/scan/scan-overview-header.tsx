import { getTranslations } from "next-intl/server";
import { RoundRespondentHeader } from "@/components/scan/round-respondent-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { scopedScale } from "@/lib/questionnaire/scope-wording";
import type { ScanState } from "@/lib/server/scans/get-scan-state";

/**
 * The top of a scan's overview: a self-scan with its questionnaire's introduction; a team scan with the same
 * name and introduction as its team link, and how many others' answers it is combined with (the minimum group
 * size less the respondent).
 */
export async function ScanOverviewHeader({
  scan,
  questionnaire,
  organisationName,
  locale,
}: {
  scan: Pick<ScanState["scan"], "kind" | "minGroupSize" | "scope">;
  questionnaire: Questionnaire;
  organisationName: string;
  locale: Locale;
}) {
  const t = await getTranslations("scan");
  const { instruction } = scopedScale(questionnaire, scan.scope);
  return (
    <>
      {scan.kind === "team" ? (
        <RoundRespondentHeader questionnaire={questionnaire} organisationName={organisationName} locale={locale} />
      ) : (
        <div className="space-y-2">
          <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
          <h1 className="text-2xl font-bold">{t("overviewTitle", { organisation: organisationName })}</h1>
          <p className="text-stone-700">{localized(questionnaire.introduction, locale)}</p>
        </div>
      )}
      {instruction && <p className="text-stone-700">{localized(instruction, locale)}</p>}
      {scan.kind === "team" && (
        <p className="rounded-lg bg-stone-100 px-4 py-3 text-sm text-stone-700">
          {t("roundNote", { others: scan.minGroupSize - 1 })}
        </p>
      )}
    </>
  );
}
