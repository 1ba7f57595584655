import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { ActionPlanSection } from "@/components/results/action-plan-section";
import { AnswerFlags } from "@/components/results/answer-flags";
import { IndicativeBanner } from "@/components/results/indicative-banner";
import { usesMeasurementV2 } from "@/components/results/measurement-model";
import { NextStepsSummary } from "@/components/results/next-steps-summary";
import { OnThisPage } from "@/components/results/on-this-page";
import { PerDomainSection } from "@/components/results/per-domain-section";
import { ResultsHeaderSection } from "@/components/results/results-header-section";
import { ResultsLoopSection } from "@/components/results/results-loop-section";
import { ScanOverviewSection } from "@/components/results/scan-overview-section";
import { ShareSection } from "@/components/results/share-section";
import { targetOutlines } from "@/components/results/target-outlines";
import { TargetReview } from "@/components/targets/target-review";
import { PrintExpandsDetails } from "@/components/ui/print-expands-details";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { ScanResultsPageData } from "@/lib/server/pages/load-scan-results-page";

/**
 * A self-scan's results page: one summary screen (level and score, the radar, the three next steps), jump
 * links, then the detail, long parts closed until asked for.
 */
export async function ScanResults({
  data: { scan, questionnaire, result, previous, origin, benchmark, loop },
  peersHref,
}: {
  data: ScanResultsPageData;
  peersHref: (group: string) => string;
}) {
  const [t, tr, tl, tp, tm, locale, format, outlines] = await Promise.all([
    getTranslations("results"),
    getTranslations("roles"),
    getTranslations("loop"),
    getTranslations("benchmark.peers"),
    getTranslations("measurement.flags"),
    getLocale(),
    getFormatter(),
    targetOutlines({ previous: loop.loop?.previous, domainIds: result.domains.map((d) => d.domainId) }),
  ]);
  const comparison = benchmark.state === "on" ? benchmark.comparison : null;
  const meta = [
    tr(scan.respondentRole as "manager"),
    scan.team,
    scan.submittedAt ? format.dateTime(scan.submittedAt, { dateStyle: "long" }) : null,
  ];
  const previousLoop = loop.loop?.previous;
  const current = loop.loop;
  return (
    <div className="space-y-10">
      <PrintExpandsDetails />
      <ResultsHeaderSection
        questionnaire={questionnaire}
        locale={locale}
        title={t("title", { organisation: scan.organisationName })}
        meta={meta.filter(Boolean).join(" · ")}
      />
      <IndicativeBanner indicative={result.indicative} />
      <ScanOverviewSection
        questionnaire={questionnaire}
        result={result}
        previous={previous}
        locale={locale}
        comparison={comparison}
        targetOutlines={outlines}
      />
      <NextStepsSummary questionnaire={questionnaire} result={result} locale={locale} planId="action-plan" />
      <OnThisPage
        sections={[
          !!previousLoop &&
            (previousLoop.targets.length > 0 || previousLoop.actions.length > 0) && {
              id: "target-review",
              label: tl("review.title"),
            },
          benchmark.state === "on" && { id: "peers", label: tp("title") },
          { id: "per-domain", label: t("perDomain") },
          { id: "action-plan", label: t("actionPlan") },
          !!current &&
            (loop.canChange || current.targets.length > 0 || current.actions.length > 0) && {
              id: "loop-targets",
              label: tl("targets.title"),
            },
          result.flags.length > 0 && usesMeasurementV2(questionnaire) && { id: "answer-flags", label: tm("title") },
          { id: "share", label: t("shareTitle") },
        ]}
      />
      <TargetReview
        questionnaire={questionnaire}
        locale={locale}
        domains={result.domains}
        previous={previousLoop ?? null}
      />
      {benchmark.state === "on" && <PeerSummary benchmark={benchmark} hrefFor={peersHref} />}
      <PerDomainSection questionnaire={questionnaire} result={result} locale={locale} comparison={comparison} />
      <ActionPlanSection questionnaire={questionnaire} result={result} locale={locale} loop={loop} />
      <ResultsLoopSection questionnaire={questionnaire} locale={locale} domains={result.domains} loop={loop} />
      <AnswerFlags questionnaire={questionnaire} flags={result.flags} locale={locale} />
      <ShareSection url={absoluteUrl({ origin, path: `/results/${scan.shareToken}` })} />
    </div>
  );
}
