import { getFormatter, getTranslations } from "next-intl/server";
import { peerOutline } from "@/components/benchmark/peer-figures";
import { LevelBadge } from "@/components/results/level-badge";
import { NextStepsSummary } from "@/components/results/next-steps-summary";
import { ConsensusSummary } from "@/components/rounds/consensus-summary";
import { LargestGapSummary } from "@/components/rounds/largest-gap-summary";
import { SpreadRadar } from "@/components/rounds/spread-radar";
import { Card } from "@/components/ui/card";
import type { RadarOutline } from "@/components/ui/radar-outline";
import type { RoundAggregate } from "@/lib/aggregation";
import { roundPlan } from "@/lib/aggregation/round-plan";
import type { PeerComparison } from "@/lib/benchmark/compare-with-peers";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** Facts about a round that are not in its aggregate; none of them can identify a respondent. */
export type RoundMeta = {
  openedAt: Date;
  /** Null while the round is open (a preview); the results of a closed round always have it. */
  closedAt: Date | null;
  /** Drafts still unfinished when the round closed: not counted. */
  unfinished: number;
  /** No response was submitted at all: "no responses", which reads differently from "too few to show". */
  empty: boolean;
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <dt className="text-xs font-semibold uppercase tracking-wide text-stone-600">{label}</dt>
      <dd className="mt-0.5 font-semibold text-stone-900">{children}</dd>
    </div>
  );
}

/**
 * The top of a round's results (the page owns the h1 and the sections below): facts, then the summary screen
 * — overall level and score, the spread radar, the three next steps, the largest perception gap and the
 * consensus per domain; or a "too few" / "no responses" state.
 */
export async function RoundResultsView({
  questionnaire,
  aggregate,
  meta,
  locale,
  comparison = null,
  outlines = [],
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  meta: RoundMeta;
  locale: Locale;
  /** The round against its peers (a benchmark group shown, or too few): its median on the radar. */
  comparison?: PeerComparison | null;
  /** Extra lines on the radar (e.g. the targets agreed on the scan before). */
  outlines?: RadarOutline[];
}) {
  const [t, tp, format] = await Promise.all([
    getTranslations("rounds.results"),
    getTranslations("benchmark.peers"),
    getFormatter(),
  ]);
  const from = format.dateTime(meta.openedAt, { dateStyle: "long" });
  const period = meta.closedAt
    ? t("period", { from, to: format.dateTime(meta.closedAt, { dateStyle: "long" }) })
    : t("periodOpen", { from });

  const facts = (
    <section aria-labelledby="round-facts" className="space-y-2">
      <h2 id="round-facts" className="sr-only">
        {t("factsTitle")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3 print:grid-cols-3">
        <Fact label={t("responsesLabel")}>
          {aggregate.respondents !== null
            ? t("responses", { count: aggregate.respondents })
            : meta.empty
              ? t("responsesNone")
              : t("responsesFewer", { min: aggregate.minGroupSize })}
        </Fact>
        <Fact label={t("periodLabel")}>{period}</Fact>
        <Fact label={t("questionnaireLabel")}>{localized(questionnaire.title, locale)}</Fact>
      </dl>
      {meta.unfinished > 0 && <p className="text-sm text-stone-600">{t("unfinished", { count: meta.unfinished })}</p>}
    </section>
  );

  if (!aggregate.shown) {
    const empty = meta.empty;
    return (
      <div className="space-y-8">
        {facts}
        <section
          aria-labelledby="round-state"
          className={`rounded-xl border bg-white p-6 ${empty ? "border-stone-200" : "border-dashed border-amber-400"}`}
        >
          <h2 id="round-state" className="text-lg font-semibold">
            {empty ? t("noneTitle") : t("tooFewTitle")}
          </h2>
          <p className="mt-2 text-stone-700">{empty ? t("none") : t("tooFew", { min: aggregate.minGroupSize })}</p>
        </section>
      </div>
    );
  }

  const labels = displayLabels(questionnaire, locale);
  const overallLevel = labels.level(aggregate.overall.level);
  const { domainName } = labels;

  return (
    <div className="space-y-10">
      {facts}
      <section aria-labelledby="round-overall" className="grid gap-6 lg:grid-cols-5 print:grid-cols-5">
        <Card padding="lg" className="print-avoid-break space-y-3 lg:col-span-2 print:col-span-2">
          <h2 id="round-overall" className="text-lg font-semibold">
            {t("overall")}
          </h2>
          {overallLevel && overallLevel.rank >= 0 && aggregate.overall.score !== null ? (
            <>
              <LevelBadge name={overallLevel.name} rank={overallLevel.rank} size="lg" />
              <p className="text-4xl font-bold text-brand-800">
                {displayScore(aggregate.overall.score)}
                <span className="text-lg font-normal text-stone-500"> / 100</span>
              </p>
              <p className="text-stone-700">{overallLevel.description}</p>
            </>
          ) : (
            <p className="text-stone-700">{t("overallInsufficient")}</p>
          )}
        </Card>
        <Card padding="sm" className="print-avoid-break space-y-2 lg:col-span-3 print:col-span-3">
          <h2 className="font-semibold">{t("radarTitle")}</h2>
          <p className="text-sm text-stone-600">{t("radarNote")}</p>
          <SpreadRadar
            data={aggregate.domains.map((d) => ({
              domain: domainName(d.domainId),
              mean: d.score,
              q1: d.spread?.q1 ?? null,
              q3: d.spread?.q3 ?? null,
            }))}
            labels={{
              mean: t("legendMean"),
              band: t("legendBand"),
              hidden: t("domainHiddenShort"),
            }}
            outlines={[
              ...outlines,
              ...peerOutline(
                comparison,
                aggregate.domains.map((d) => d.domainId),
                tp("outline"),
              ),
            ]}
          />
        </Card>
      </section>

      <NextStepsSummary
        questionnaire={questionnaire}
        result={roundPlan(questionnaire, aggregate)}
        locale={locale}
        planId="round-action-plan"
      />
      <div className="grid items-start gap-6 lg:grid-cols-2 print:grid-cols-2">
        <LargestGapSummary questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
        <ConsensusSummary questionnaire={questionnaire} aggregate={aggregate} locale={locale} />
      </div>
    </div>
  );
}
