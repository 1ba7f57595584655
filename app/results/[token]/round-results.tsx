import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { PerceptionGaps } from "@/components/rounds/perception-gaps";
import { RoundProvenance } from "@/components/rounds/round-provenance";
import { RoundResultsView } from "@/components/rounds/round-results-view";
import { StatementDistribution } from "@/components/rounds/statement-distribution";
import { AgreeButton } from "@/components/targets/agree-button";
import { LoopSection } from "@/components/targets/loop-section";
import { TARGET_OUTLINE_STYLE, TargetReview } from "@/components/targets/target-review";
import { PrintButton } from "@/components/ui/print-button";
import { teamsWithView } from "@/lib/aggregation";
import type { GroupType } from "@/lib/benchmark/types";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";
import type { Round } from "@/lib/server/rounds/get-round";
import { getLoopForResults } from "@/lib/server/targets/get-loop";
import { targetOutlineValues } from "@/lib/targets/loop-summary";

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
  const consultant = await getConsultant();
  const [t, tl, locale, format, benchmark, loopData] = await Promise.all([
    getTranslations("round.results"),
    getTranslations("loop.review"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    // A round counts (and is compared) once it is closed and its results are shown.
    round.closed && round.aggregate?.shown ? getScanBenchmark({ scan: { id: round.id }, requested }) : null,
    getLoopForResults({ resultsToken: round.resultsToken, workspaceId: consultant?.workspaceId ?? null }),
  ]);
  const { questionnaire, aggregate } = round;
  // Targets agreed on the round before this one in the client's series: an outline and the review.
  const earlier = loopData?.loop.previous;
  const outlines =
    aggregate && earlier && earlier.targets.length > 0
      ? [
          {
            key: "target",
            label: tl("outline", { date: format.dateTime(earlier.submittedAt, { dateStyle: "long" }) }),
            values: targetOutlineValues(
              aggregate.domains.map((d) => d.domainId),
              earlier.targets,
            ),
            ...TARGET_OUTLINE_STYLE,
          },
        ]
      : [];
  const canChange = loopData?.canChange ?? false;
  // Only teams shown on their own get a team view (a merged or hidden team's page would be empty).
  const teamViews = teamsWithView(aggregate, round.teams);
  const agreed = new Set(loopData?.loop.actions.map((a) => a.recommendationId));
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { organisation: round.organisationName })}</h1>
      </header>
      {!round.closed || !aggregate ? (
        <section aria-labelledby="not-yet" className="space-y-2 rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="not-yet" className="text-lg font-semibold">
            {t("notClosedTitle")}
          </h2>
          <p className="text-stone-700">{t("notClosedText")}</p>
        </section>
      ) : (
        <>
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
            renderAgree={
              canChange && loopData
                ? (r) => (
                    <AgreeButton
                      scanId={loopData.loop.scanId}
                      recommendationId={r.id}
                      title={r.title}
                      agreed={agreed.has(r.id)}
                    />
                  )
                : undefined
            }
            afterOverview={
              <TargetReview
                questionnaire={questionnaire}
                locale={locale}
                domains={aggregate.domains}
                previous={earlier ?? null}
              />
            }
          />
          {aggregate.shown && loopData && (
            <LoopSection
              questionnaire={questionnaire}
              locale={locale}
              domains={aggregate.domains}
              loop={loopData.loop}
              canChange={canChange}
              actionListHref={loopData.loop.clientId ? `/clients/${loopData.loop.clientId}/actions` : undefined}
            />
          )}
          <RoundProvenance scanId={round.id} sealed={round.sealed} shown={aggregate.respondents !== null} />
          <PerceptionGaps questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
          <StatementDistribution questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
          {teamViews.length > 0 && (
            <section aria-labelledby="team-views" className="no-print space-y-2">
              <h2 id="team-views" className="text-lg font-semibold">
                {t("teamViews")}
              </h2>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {teamViews.map(({ team, number }) => (
                  <li key={team}>
                    <Link
                      href={`/results/${round.resultsToken}/teams/${number}`}
                      className="text-brand-800 underline underline-offset-2"
                    >
                      {team}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="no-print">
            <PrintButton label={t("print")} />
          </div>
        </>
      )}
    </div>
  );
}
