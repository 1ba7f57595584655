import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { peerOutline, peersOf } from "@/components/benchmark/peer-figures";
import { LevelBadge } from "@/components/results/level-badge";
import { RoundActionPlan } from "@/components/rounds/round-action-plan";
import { RoundDomainCard } from "@/components/rounds/round-domain-card";
import { SpreadRadar } from "@/components/rounds/spread-radar";
import { Card } from "@/components/ui/card";
import type { RadarOutline } from "@/components/ui/radar-outline";
import type { RoundAggregate } from "@/lib/aggregation";
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
 * The whole results body of a round (the page owns the h1): facts, overall level and score, the spread
 * radar, a card per domain and the action plan; or a "too few" / "no responses" state.
 */
export async function RoundResultsView({
  questionnaire,
  aggregate,
  meta,
  locale,
  comparison = null,
  peers = null,
  outlines = [],
  renderAgree,
  afterOverview,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  meta: RoundMeta;
  locale: Locale;
  /** The round against its peers (a benchmark group shown, or too few), and the section that says so. */
  comparison?: PeerComparison | null;
  peers?: ReactNode;
  /** Extra lines on the radar (e.g. the targets agreed on the scan before). */
  outlines?: RadarOutline[];
  /** Under each recommendation of the action plan (e.g. "agree as an action"). */
  renderAgree?: (recommendation: { id: string; title: string }) => ReactNode;
  /** Shown right below the overall score and radar (e.g. targets against actual). */
  afterOverview?: ReactNode;
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

      {afterOverview}

      {peers}

      <section aria-labelledby="round-per-domain" className="space-y-4">
        <h2 id="round-per-domain" className="text-xl font-semibold print:break-after-avoid">
          {t("perDomain")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
          {aggregate.domains.map((d) => (
            <RoundDomainCard
              key={d.domainId}
              questionnaire={questionnaire}
              domain={d}
              minGroupSize={aggregate.minGroupSize}
              locale={locale}
              peers={peersOf(comparison, d.domainId)}
            />
          ))}
        </div>
        <ConsensusRule />
      </section>

      <RoundActionPlan questionnaire={questionnaire} aggregate={aggregate} locale={locale} renderAgree={renderAgree} />
    </div>
  );
}

async function ConsensusRule() {
  const t = await getTranslations("rounds.consensus");
  return (
    <div className="print-avoid-break rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm text-stone-700">
      <h3 className="font-semibold text-stone-800">{t("ruleTitle")}</h3>
      <p className="mt-1">{t("rule")}</p>
    </div>
  );
}
