import { getTranslations } from "next-intl/server";
import { MirrorAppreciationSection } from "@/components/mirrors/results/mirror-appreciation-section";
import { MirrorDomainsSection } from "@/components/mirrors/results/mirror-domains-section";
import { MirrorOpenAnswersSection } from "@/components/mirrors/results/mirror-open-answers-section";
import { MirrorPlanSection } from "@/components/mirrors/results/mirror-plan-section";
import { MirrorSegmentsSection } from "@/components/mirrors/results/mirror-segments-section";
import { MirrorShareSection } from "@/components/mirrors/results/mirror-share-section";
import { MirrorStatementsSection } from "@/components/mirrors/results/mirror-statements-section";
import { MirrorSummarySection } from "@/components/mirrors/results/mirror-summary-section";
import { Card } from "@/components/ui/card";
import { PrintButton } from "@/components/ui/print-button";
import { PrintExpandsDetails } from "@/components/ui/print-expands-details";
import type { MirrorResultsPage } from "@/lib/server/pages/load-mirror-results-page";

/**
 * A mirror's results, for the organiser or on the shared link: the summary, inside and outside per domain with
 * the radar, per statement, appreciation, per segment, the organiser's open answers, and the re-ranked plan.
 * An open mirror shows only how many answered: like a round, it publishes after it closes.
 */
export async function MirrorResultsView({ data }: { data: MirrorResultsPage }) {
  const t = await getTranslations("mirrorResults");
  const { results, locale, organiser } = data;
  const { mirror, aggregate } = results;
  return (
    <div className="space-y-10">
      <PrintExpandsDetails />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">
          {mirror.team
            ? t("titleTeam", { team: mirror.team, organisation: mirror.organisationName })
            : t("title", { organisation: mirror.organisationName })}
        </h1>
        <p className="text-stone-700">{t(`audience.${mirror.audience}`)}</p>
        {!organiser && <p className="text-sm text-stone-600">{t("sharedNote")}</p>}
      </header>
      {!aggregate ? (
        <Card as="section" aria-labelledby="mirror-open-state" padding="lg" className="space-y-2">
          <h2 id="mirror-open-state" className="text-lg font-semibold">
            {t("notClosedTitle")}
          </h2>
          <p className="text-stone-700">{t("notClosedText", { count: results.counts.total })}</p>
        </Card>
      ) : (
        <>
          <MirrorSummarySection results={results} locale={locale} />
          <MirrorDomainsSection results={results} locale={locale} />
          {aggregate.shown && (
            <MirrorAppreciationSection
              nps={aggregate.nps}
              mark={aggregate.mark}
              askNps={mirror.askNps}
              askMark={mirror.askMark}
              locale={locale}
            />
          )}
          <MirrorStatementsSection results={results} locale={locale} />
          <MirrorSegmentsSection results={results} locale={locale} />
          {organiser && results.openAnswers && mirror.askOpen && (
            <MirrorOpenAnswersSection answers={results.openAnswers} shown={aggregate.shown} />
          )}
          <MirrorPlanSection results={results} locale={locale} />
        </>
      )}
      {organiser && <MirrorShareSection {...organiser} />}
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
