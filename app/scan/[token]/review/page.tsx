import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/scan/progress-bar";
import { ResumeLink } from "@/components/scan/resume-link";
import { SubmitForm } from "@/components/scan/submit-form";
import { UnscoredWarning } from "@/components/scan/unscored-warning";
import { localized } from "@/lib/i18n/localized";
import { itemsOfDomain, overallProgress, unansweredItems } from "@/lib/questionnaire/progress";
import { answersFromRecord, scoreResponse } from "@/lib/scoring";
import { loadScanTitle } from "@/lib/server/pages/load-scan-title";
import { loadOpenScan } from "@/lib/server/scans/load-open-scan";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  return { title: await loadScanTitle(token, "review"), robots: { index: false } };
}

export default async function ReviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { questionnaire, answers, scan } = await loadOpenScan(token);
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale()]);
  const open = new Set(unansweredItems(questionnaire, answers).map((item) => item.id));
  const progress = overallProgress(questionnaire, answers);
  // Scored as it would be on submit, so the warning names exactly the domains that will get no score.
  const preview = scoreResponse(questionnaire, answersFromRecord(answers));
  const numberOf = new Map(questionnaire.items.map((item, index) => [item.id, index + 1]));
  const domainsWithOpen = questionnaire.domains
    .map((domain, index) => ({
      domain,
      step: index + 1,
      items: itemsOfDomain(questionnaire, domain.id).filter((i) => open.has(i.id)),
    }))
    .filter((entry) => entry.items.length > 0);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ProgressBar answered={progress.answered} total={progress.total} steps={questionnaire.domains.length} />
      {domainsWithOpen.length === 0 ? (
        <p className="rounded-lg bg-brand-50 p-4 text-brand-900">{t("allAnswered")}</p>
      ) : (
        <section aria-labelledby="open-items" className="space-y-4">
          <h2 id="open-items" className="text-lg font-semibold">
            {t("openTitle", { count: open.size })}
          </h2>
          {domainsWithOpen.map(({ domain, step, items }) => (
            <div key={domain.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">
                <Link href={`/scan/${token}/${step}`} className="text-brand-800 underline underline-offset-2">
                  {localized(domain.name, locale)}
                </Link>
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
                {items.map((item) => (
                  <li key={item.id}>
                    {numberOf.get(item.id)}. {localized(item.statement, locale)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <UnscoredWarning token={token} questionnaire={questionnaire} result={preview} locale={locale} />
      <div className="flex flex-wrap items-center gap-4 rounded-xl border border-stone-200 bg-white p-5">
        <SubmitForm token={token} hasOpenItems={open.size > 0} round={scan.kind === "team"} />
      </div>
      <Link
        href={`/scan/${token}/${questionnaire.domains.length}`}
        className="inline-block text-brand-800 underline underline-offset-2"
      >
        {t("back")}
      </Link>
      <ResumeLink token={token} />
    </div>
  );
}
