import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { scanFacts } from "@/lib/questionnaire/scan-facts";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** The two self-scans side by side (the full one recommended), and the team round below them. */
export async function ScanChoiceSection({
  full,
  quick,
  locale,
}: {
  full: Questionnaire | undefined;
  quick: Questionnaire | undefined;
  locale: Locale;
}) {
  const t = await getTranslations("landing");
  return (
    <section aria-labelledby="choose-scan" className="space-y-4">
      <h2 id="choose-scan" className="text-xl font-semibold">
        {t("chooseScan")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {full && <ScanCard questionnaire={full} locale={locale} recommended />}
        {quick && <ScanCard questionnaire={quick} locale={locale} />}
      </div>
      <Card
        as="article"
        padding="lg"
        shadow
        className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between"
      >
        <div className="space-y-1">
          <h3 className="text-lg font-semibold">{t("team.title")}</h3>
          <p className="text-stone-700">{t("team.text")}</p>
        </div>
        <Link
          href="/rounds/new"
          className="inline-flex shrink-0 justify-center rounded-lg border border-brand-700 px-4 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("team.start")}
        </Link>
      </Card>
    </section>
  );
}

async function ScanCard({
  questionnaire,
  locale,
  recommended = false,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  recommended?: boolean;
}) {
  const t = await getTranslations("landing");
  const kind = questionnaire.kind;
  return (
    <Card as="article" padding="lg" shadow className="flex flex-col">
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">{t(`scan.${kind}.title`)}</h3>
        {recommended && (
          <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-xs font-medium text-brand-800">
            {t("recommended")}
          </span>
        )}
      </div>
      <p className="mt-2 flex-1 text-stone-700">{t(`scan.${kind}.text`)}</p>
      <p className="mt-3 text-sm text-stone-600">{t("scanFacts", scanFacts(questionnaire))}</p>
      <Link
        href={`/scan/new?type=${kind}`}
        className={`mt-5 inline-flex justify-center rounded-lg px-4 py-2.5 font-semibold ${
          recommended
            ? "bg-brand-700 text-white hover:bg-brand-800"
            : "border border-brand-700 text-brand-800 hover:bg-brand-50"
        }`}
      >
        {t(`scan.${kind}.start`)}
        <span className="sr-only"> — {localized(questionnaire.title, locale)}</span>
      </Link>
    </Card>
  );
}
