import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RoundResults } from "@/app/results/[token]/round-results";
import { peerOutline, peersOf } from "@/components/benchmark/peer-figures";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { ActionPlan } from "@/components/results/action-plan";
import { AnswerFlags } from "@/components/results/answer-flags";
import { DomainCard } from "@/components/results/domain-card";
import { DomainRadar } from "@/components/results/domain-radar";
import { IndicativeBanner } from "@/components/results/indicative-banner";
import { LevelBadge } from "@/components/results/level-badge";
import { OverallMissing } from "@/components/results/overall-missing";
import { AgreeButton } from "@/components/targets/agree-button";
import { LoopSection } from "@/components/targets/loop-section";
import { TARGET_OUTLINE_STYLE, TargetReview } from "@/components/targets/target-review";
import { CopyLink } from "@/components/ui/copy-link";
import { PrintButton } from "@/components/ui/print-button";
import { pointsChange } from "@/lib/history/compare-scans";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import { getScanBenchmark, parseGroupType } from "@/lib/server/benchmark/get-scan-benchmark";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";
import { getResultsByShareToken } from "@/lib/server/scans/get-scan-results";
import { getLoopForResults } from "@/lib/server/targets/get-loop";
import { targetOutlineValues } from "@/lib/targets/loop-summary";

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ResultsPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  // The benchmark group asked for (?peers=sector|size|all); the same for the consultant and a results link.
  const requested = parseGroupType(query.peers);
  const peersHref = (group: string) => `/results/${token}?peers=${group}#peers`;
  const round = await getRoundByResultsToken(token);
  if (round) return <RoundResults round={round} requested={requested} peersHref={peersHref} />;
  const data = await getResultsByShareToken({ shareToken: token });
  if (!data) notFound();
  const { scan, questionnaire, result, previous } = data;
  const consultant = await getConsultant();
  const [t, th, tc, tr, tp, tl, locale, format, origin, benchmark, loopData] = await Promise.all([
    getTranslations("results"),
    getTranslations("history"),
    getTranslations("compare.change"),
    getTranslations("roles"),
    getTranslations("benchmark.peers"),
    getTranslations("loop.review"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    getRequestOrigin(),
    getScanBenchmark({ scan: { resultsToken: token }, requested }),
    getLoopForResults({ resultsToken: token, workspaceId: consultant?.workspaceId ?? null }),
  ]);
  const comparison = benchmark.state === "on" ? benchmark.comparison : null;
  const domainName = (id: string) => {
    const d = questionnaire.domains.find((x) => x.id === id);
    return d ? localized(d.name, locale) : id;
  };
  const overallLevel = questionnaire.levels.find((l) => l.id === result.overall.level);
  const overallRank = questionnaire.levels.findIndex((l) => l.id === result.overall.level);
  const previousDate = previous ? format.dateTime(previous.submittedAt, { dateStyle: "long" }) : "";
  const overallChange = previous ? pointsChange(previous.overallScore, result.overall.score) : null;
  // Targets agreed on the scan before this one in the series: an outline on the radar and the review table.
  const earlier = loopData?.loop.previous;
  const targetOutlines =
    earlier && earlier.targets.length > 0
      ? [
          {
            key: "target",
            label: tl("outline", { date: format.dateTime(earlier.submittedAt, { dateStyle: "long" }) }),
            values: targetOutlineValues(
              result.domains.map((d) => d.domainId),
              earlier.targets,
            ),
            ...TARGET_OUTLINE_STYLE,
          },
        ]
      : [];
  const canChange = loopData?.canChange ?? false;
  const agreed = new Set(loopData?.loop.actions.map((a) => a.recommendationId));
  const changeText = (change: number) =>
    change > 0 ? tc("up", { points: change }) : change < 0 ? tc("down", { points: -change }) : tc("same");

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { organisation: scan.organisationName })}</h1>
        <p className="text-stone-600">
          {[
            tr(scan.respondentRole as "manager"),
            scan.team,
            scan.submittedAt ? format.dateTime(scan.submittedAt, { dateStyle: "long" }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </header>

      <IndicativeBanner indicative={result.indicative} />

      <section aria-labelledby="overall" className="grid gap-6 lg:grid-cols-5">
        <div className="print-avoid-break space-y-3 rounded-xl border border-stone-200 bg-white p-6 lg:col-span-2">
          <h2 id="overall" className="text-lg font-semibold">
            {t("overall")}
          </h2>
          {overallLevel && result.overall.score !== null ? (
            <>
              <LevelBadge name={localized(overallLevel.name, locale)} rank={overallRank} size="lg" />
              <p className="text-4xl font-bold text-brand-800">
                {Math.round(result.overall.score)}
                <span className="text-lg font-normal text-stone-500"> / 100</span>
              </p>
              <p className="text-stone-700">{localized(overallLevel.description, locale)}</p>
            </>
          ) : (
            <>
              <p className="text-stone-700">{t("overallInsufficient")}</p>
              <OverallMissing questionnaire={questionnaire} overall={result.overall} locale={locale} />
            </>
          )}
          {result.weakestDomains.length > 0 && (
            <p className="text-sm text-stone-600">
              {t("weakest", { domains: result.weakestDomains.map(domainName).join(", ") })}
            </p>
          )}
          {previous && (
            <div className="space-y-1 border-t border-stone-200 pt-3 text-sm text-stone-700">
              <p>
                {overallChange !== null && previous.overallScore !== null && result.overall.score !== null
                  ? th("sinceEarlier", {
                      date: previousDate,
                      from: Math.round(previous.overallScore),
                      to: Math.round(result.overall.score),
                      change: changeText(overallChange),
                    })
                  : th("sinceEarlierNoScore", { date: previousDate })}
              </p>
              {(previous.questionnaireId !== questionnaire.id ||
                previous.questionnaireVersion !== questionnaire.version) && (
                <p className="text-stone-600">{th("byDomain")}</p>
              )}
            </div>
          )}
        </div>
        <div className="print-avoid-break rounded-xl border border-stone-200 bg-white p-4 lg:col-span-3">
          <h2 className="sr-only">{t("radarTitle")}</h2>
          <DomainRadar
            data={result.domains.map((d) => ({
              domain: domainName(d.domainId),
              score: d.score,
              // Matched by domain id, so an earlier scan on another questionnaire version still lines up.
              previous: previous?.domains.find((p) => p.domainId === d.domainId)?.score ?? null,
            }))}
            seriesLabel={previous ? th("thisScan") : t("score")}
            previousLabel={previous ? th("earlierScan", { date: previousDate }) : undefined}
            insufficientLabel={t("insufficientShort")}
            outlines={[
              ...targetOutlines,
              ...peerOutline(
                comparison,
                result.domains.map((d) => d.domainId),
                tp("outline"),
              ),
            ]}
          />
        </div>
      </section>

      <TargetReview questionnaire={questionnaire} locale={locale} domains={result.domains} previous={earlier ?? null} />

      {benchmark.state === "on" && <PeerSummary benchmark={benchmark} hrefFor={peersHref} />}

      <section aria-labelledby="per-domain" className="space-y-4">
        <h2 id="per-domain" className="text-xl font-semibold print:break-after-avoid">
          {t("perDomain")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {result.domains.map((d) => (
            <DomainCard
              key={d.domainId}
              questionnaire={questionnaire}
              result={d}
              locale={locale}
              insight={result.insight.find((i) => i.domainId === d.domainId)}
              peers={peersOf(comparison, d.domainId)}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="action-plan" className="print-break-before space-y-4">
        <h2 id="action-plan" className="text-xl font-semibold">
          {t("actionPlan")}
        </h2>
        <p className="text-stone-700">{t("actionPlanLead")}</p>
        <ActionPlan
          questionnaire={questionnaire}
          result={result}
          locale={locale}
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
        />
      </section>

      {loopData && (
        <LoopSection
          questionnaire={questionnaire}
          locale={locale}
          domains={result.domains}
          loop={loopData.loop}
          canChange={canChange}
          actionListHref={loopData.loop.clientId ? `/clients/${loopData.loop.clientId}/actions` : undefined}
        />
      )}

      <AnswerFlags questionnaire={questionnaire} flags={result.flags} locale={locale} />

      <section aria-labelledby="share" className="no-print space-y-4 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="share" className="text-lg font-semibold">
          {t("shareTitle")}
        </h2>
        <CopyLink url={`${origin}/results/${scan.shareToken}`} label={t("shareLabel")} hint={t("shareHint")} />
        <PrintButton label={t("print")} />
      </section>
    </div>
  );
}
