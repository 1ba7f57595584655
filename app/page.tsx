import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";

export default async function LandingPage() {
  const [t, locale] = await Promise.all([getTranslations("landing"), getLocale() as Promise<Locale>]);
  const full = getLatestByKind("full");
  const quick = getLatestByKind("quick");
  return (
    <div className="space-y-14">
      <section className="max-w-3xl space-y-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold leading-tight text-stone-900 sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-stone-700">{t("lead")}</p>
      </section>

      <section aria-labelledby="choose-scan" className="space-y-4">
        <h2 id="choose-scan" className="text-xl font-semibold">
          {t("chooseScan")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {full && <ScanCard questionnaire={full} locale={locale} recommended />}
          {quick && <ScanCard questionnaire={quick} locale={locale} />}
        </div>
        <article className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between">
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
        </article>
      </section>

      {full && (
        <section aria-labelledby="domains" className="space-y-4">
          <h2 id="domains" className="text-xl font-semibold">
            {t("domainsTitle", { count: full.domains.length })}
          </h2>
          <p className="max-w-3xl text-stone-700">{t("domainsLead")}</p>
          <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {full.domains.map((domain, index) => (
              <li key={domain.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <p className="text-sm font-medium text-brand-700">{index + 1}</p>
                <h3 className="font-semibold">{localized(domain.name, locale)}</h3>
                <p className="mt-1 text-sm text-stone-600">{localized(domain.description, locale)}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="how" className="space-y-4">
        <h2 id="how" className="text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-3">
          {(["answer", "score", "act"] as const).map((step, index) => (
            <li key={step} className="rounded-lg bg-brand-50 p-4">
              <p className="font-semibold text-brand-800">
                {index + 1}. {t(`how.${step}.title`)}
              </p>
              <p className="mt-1 text-sm text-stone-700">{t(`how.${step}.text`)}</p>
            </li>
          ))}
        </ol>
        <p className="text-sm text-stone-600">{t("privacy")}</p>
      </section>
    </div>
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
    <article className="flex flex-col rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">{t(`scan.${kind}.title`)}</h3>
        {recommended && (
          <span className="rounded-full bg-brand-100 px-2.5 py-0.5 text-xs font-medium text-brand-800">
            {t("recommended")}
          </span>
        )}
      </div>
      <p className="mt-2 flex-1 text-stone-700">{t(`scan.${kind}.text`)}</p>
      <p className="mt-3 text-sm text-stone-600">
        {t("scanFacts", { items: questionnaire.items.length, minutes: questionnaire.estimatedMinutes })}
      </p>
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
    </article>
  );
}
