import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/scan/progress-bar";
import { ResumeLink } from "@/components/scan/resume-link";
import { ScanOverviewHeader } from "@/components/scan/scan-overview-header";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { localized } from "@/lib/i18n/localized";
import { domainProgress, overallProgress, resumeStep } from "@/lib/questionnaire/progress";
import { loadScanTitle } from "@/lib/server/pages/load-scan-title";
import { loadOpenScan } from "@/lib/server/scans/load-open-scan";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  return { title: await loadScanTitle(token, "overview"), robots: { index: false } };
}

export default async function ScanOverviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { response, questionnaire, answers, scan } = await loadOpenScan(token);
  const [t, locale] = await Promise.all([getTranslations("scan"), getLocale()]);
  const progress = domainProgress(questionnaire, answers);
  const overall = overallProgress(questionnaire, answers);
  const next = resumeStep(questionnaire, answers);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <ScanOverviewHeader
        scan={scan}
        questionnaire={questionnaire}
        organisationName={response.organisationName}
        locale={locale}
      />
      <ResumeLink token={token} open />
      <ProgressBar answered={overall.answered} total={overall.total} steps={progress.length} />
      <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {questionnaire.domains.map((domain, index) => {
          const p = progress[index];
          return (
            <li key={domain.id}>
              <Link
                href={`/scan/${token}/${index + 1}`}
                className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-stone-50"
              >
                <span>
                  <span className="text-stone-500">{index + 1}. </span>
                  {localized(domain.name, locale)}
                </span>
                <span className="shrink-0 text-sm text-stone-600">
                  {t("answeredOf", { answered: p?.answered ?? 0, total: p?.total ?? 0 })}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <Link href={`/scan/${token}/${next}`} className={`${PRIMARY_BUTTON} inline-flex`}>
        {overall.answered === 0 ? t("begin") : next === "review" ? t("toReview") : t("continue")}
      </Link>
    </div>
  );
}
