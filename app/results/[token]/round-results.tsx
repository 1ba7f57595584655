import { getLocale, getTranslations } from "next-intl/server";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { agreeRenderer } from "@/components/results/agree-renderer";
import { OnThisPage } from "@/components/results/on-this-page";
import { ResultsHeaderSection } from "@/components/results/results-header-section";
import { ResultsLoopSection } from "@/components/results/results-loop-section";
import { targetOutlines } from "@/components/results/target-outlines";
import { DomainConsistencySection } from "@/components/rounds/domain-consistency-section";
import { PerceptionGaps } from "@/components/rounds/perception-gaps";
import { ResponseRateSection } from "@/components/rounds/response-rate-section";
import { RoundActionPlan } from "@/components/rounds/round-action-plan";
import { RoundNotClosedSection } from "@/components/rounds/round-not-closed-section";
import { RoundPerDomainSection } from "@/components/rounds/round-per-domain-section";
import { RoundProvenance } from "@/components/rounds/round-provenance";
import { RoundResultsView } from "@/components/rounds/round-results-view";
import { StatementDistribution } from "@/components/rounds/statement-distribution";
import { TeamViewsSection } from "@/components/rounds/team-views-section";
import { TargetReview } from "@/components/targets/target-review";
import { PrintButton } from "@/components/ui/print-button";
import { PrintExpandsDetails } from "@/components/ui/print-expands-details";
import { teamsWithView } from "@/lib/aggregation";
import { breakdownsInRound } from "@/lib/aggregation/gap-table";
import type { GroupType } from "@/lib/benchmark/types";
import { getScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";
import { loadResultsLoop } from "@/lib/server/pages/load-results-loop";
import type { Round } from "@/lib/server/rounds/get-round";

/**
 * A team round's results page: the aggregate written at close, never a respondent's answers. One summary
 * screen, jump links, then the round's own findings (per domain, gaps, statements) before the peers, the plan
 * and the targets and actions.
 */
export async function RoundResults({
  round,
  requested = "sector",
  peersHref,
}: {
  round: Round;
  /** The benchmark group asked for, and the page with another one chosen. */
  requested?: GroupType;
  peersHref: (group: GroupType) => string;
}) {
  const { questionnaire, aggregate } = round;
  const [t, tr, tg, ts, tp, tl, tv, locale, benchmark, loop] = await Promise.all([
    getTranslations("round.results"),
    getTranslations("rounds.results"),
    getTranslations("rounds.gaps"),
    getTranslations("rounds.statements"),
    getTranslations("benchmark.peers"),
    getTranslations("loop"),
    getTranslations("anonymity.provenance"),
    getLocale(),
    // A round counts (and is compared) once it is closed and its results are shown.
    round.closed && round.aggregate?.shown ? getScanBenchmark({ scan: { id: round.id }, requested }) : null,
    loadResultsLoop({ resultsToken: round.resultsToken }),
  ]);
  const header = (
    <ResultsHeaderSection
      questionnaire={questionnaire}
      locale={locale}
      title={t("title", { organisation: round.organisationName })}
    />
  );
  if (!round.closed || !aggregate)
    return (
      <div className="space-y-10">
        {header}
        <RoundNotClosedSection />
      </div>
    );
  // Targets agreed on the round before this one in the client's series: an outline and the review.
  const outlines = await targetOutlines({
    previous: loop.loop?.previous,
    domainIds: aggregate.domains.map((d) => d.domainId),
  });
  const comparison = benchmark?.state === "on" ? benchmark.comparison : null;
  const previous = loop.loop?.previous ?? null;
  const current = loop.loop;
  const teamViews = teamsWithView(aggregate, round.teams);
  const shown = aggregate.shown;
  return (
    <div className="space-y-10">
      <PrintExpandsDetails />
      {header}
      <RoundResultsView
        questionnaire={questionnaire}
        aggregate={aggregate}
        locale={locale}
        meta={{
          openedAt: round.createdAt,
          closedAt: round.closedAt,
          unfinished: round.unfinishedCount,
          empty: round.respondentCount === 0,
        }}
        comparison={comparison}
        outlines={outlines}
      />
      {shown && (
        <OnThisPage
          sections={[
            !!previous &&
              (previous.targets.length > 0 || previous.actions.length > 0) && {
                id: "target-review",
                label: tl("review.title"),
              },
            { id: "round-per-domain", label: tr("perDomain") },
            breakdownsInRound(aggregate).length > 0 && { id: "round-gaps", label: tg("title") },
            aggregate.items.length > 0 && { id: "round-statements", label: ts("title") },
            benchmark?.state === "on" && { id: "peers", label: tp("title") },
            { id: "round-action-plan", label: tr("actionPlan") },
            !!current &&
              (loop.canChange || current.targets.length > 0 || current.actions.length > 0) && {
                id: "loop-targets",
                label: tl("targets.title"),
              },
            teamViews.length > 0 && { id: "team-views", label: t("teamViews") },
            { id: "round-provenance", label: tv("title") },
          ]}
        />
      )}
      {shown && (
        <TargetReview questionnaire={questionnaire} locale={locale} domains={aggregate.domains} previous={previous} />
      )}
      <RoundPerDomainSection
        questionnaire={questionnaire}
        aggregate={aggregate}
        locale={locale}
        comparison={comparison}
      />
      <DomainConsistencySection questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      <PerceptionGaps questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      <StatementDistribution questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      {benchmark?.state === "on" && <PeerSummary benchmark={benchmark} hrefFor={peersHref} />}
      {shown && (
        <RoundActionPlan
          questionnaire={questionnaire}
          aggregate={aggregate}
          locale={locale}
          renderAgree={agreeRenderer(loop)}
        />
      )}
      {shown && (
        <ResultsLoopSection questionnaire={questionnaire} locale={locale} domains={aggregate.domains} loop={loop} />
      )}
      {/* Only teams shown on their own get a team view (a merged or hidden team's page would be empty). */}
      <TeamViewsSection
        resultsToken={round.resultsToken}
        teamViews={teamViews}
        title={t("teamViews")}
        variant="results"
      />
      <ResponseRateSection round={round} />
      <RoundProvenance scanId={round.id} sealed={round.sealed} shown={aggregate.respondents !== null} />
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
