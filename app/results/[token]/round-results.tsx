import { getLocale, getTranslations } from "next-intl/server";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { agreeRenderer } from "@/components/results/agree-renderer";
import { ResultsHeaderSection } from "@/components/results/results-header-section";
import { ResultsLoopSection } from "@/components/results/results-loop-section";
import { targetOutlines } from "@/components/results/target-outlines";
import { DomainConsistencySection } from "@/components/rounds/domain-consistency-section";
import { PerceptionGaps } from "@/components/rounds/perception-gaps";
import { RoundNotClosedSection } from "@/components/rounds/round-not-closed-section";
import { RoundProvenance } from "@/components/rounds/round-provenance";
import { RoundResultsView } from "@/components/rounds/round-results-view";
import { StatementDistribution } from "@/components/rounds/statement-distribution";
import { TeamViewsSection } from "@/components/rounds/team-views-section";
import { TargetReview } from "@/components/targets/target-review";
import { PrintButton } from "@/components/ui/print-button";
import { teamsWithView } from "@/lib/aggregation";
import type { GroupType } from "@/lib/benchmark/types";
import { getScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";
import { loadResultsLoop } from "@/lib/server/pages/load-results-loop";
import type { Round } from "@/lib/server/rounds/get-round";

/** A team round's results page: the aggregate written at close, never a respondent's answers. */
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
  const [t, locale, benchmark, loop] = await Promise.all([
    getTranslations("round.results"),
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
  return (
    <div className="space-y-10">
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
        comparison={benchmark?.state === "on" ? benchmark.comparison : null}
        peers={benchmark?.state === "on" ? <PeerSummary benchmark={benchmark} hrefFor={peersHref} /> : null}
        outlines={outlines}
        renderAgree={agreeRenderer(loop)}
        afterOverview={
          <TargetReview
            questionnaire={questionnaire}
            locale={locale}
            domains={aggregate.domains}
            previous={loop.loop?.previous ?? null}
          />
        }
      />
      {aggregate.shown && (
        <ResultsLoopSection questionnaire={questionnaire} locale={locale} domains={aggregate.domains} loop={loop} />
      )}
      <DomainConsistencySection questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      <RoundProvenance scanId={round.id} sealed={round.sealed} shown={aggregate.respondents !== null} />
      <PerceptionGaps questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      <StatementDistribution questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      {/* Only teams shown on their own get a team view (a merged or hidden team's page would be empty). */}
      <TeamViewsSection
        resultsToken={round.resultsToken}
        teamViews={teamsWithView(aggregate, round.teams)}
        title={t("teamViews")}
        variant="results"
      />
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </div>
  );
}
