import { getTranslations } from "next-intl/server";
import { PeerLine, peerTexts } from "@/components/benchmark/peer-line";
import { LevelBadge } from "@/components/results/level-badge";
import { ScoreBar } from "@/components/results/score-bar";
import { SpreadBar } from "@/components/rounds/spread-bar";
import { Card } from "@/components/ui/card";
import type { RoundDomain } from "@/lib/aggregation";
import type { MetricComparison } from "@/lib/benchmark/compare-with-peers";
import { shownMargin } from "@/lib/display/change";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

const CONSENSUS_TONES = {
  agreement: "border-emerald-300 bg-emerald-50 text-emerald-900",
  mixed: "border-amber-300 bg-amber-50 text-amber-900",
  divided: "border-red-300 bg-red-50 text-red-900",
} as const;

const SPREAD_KEYS = ["q1", "q3"] as const;

/**
 * One domain of a round: mean with its 90% margin ("62 ± 9 points", the range it gives and the margin's basis;
 * a snapshot from before margins shows the mean without one), level, respondents counted, and — from the
 * distribution minimum — the spread
 * (Q1 and Q3 with a bar) and consensus; below it the plain "too few answers to show how they were spread".
 */
export async function RoundDomainCard({
  questionnaire,
  domain,
  minGroupSize,
  locale,
  peers,
}: {
  questionnaire: Questionnaire;
  domain: RoundDomain;
  minGroupSize: number;
  locale: Locale;
  /** The peers' median, top quartile and this round's percentile, when a benchmark group is shown. */
  peers?: MetricComparison;
}) {
  const [t, tc, tm] = await Promise.all([
    getTranslations("rounds.results"),
    getTranslations("rounds.consensus"),
    getTranslations("rounds.margin"),
  ]);
  if (!questionnaire.domains.some((d) => d.id === domain.domainId)) return null;
  const labels = displayLabels(questionnaire, locale);
  const name = labels.domainName(domain.domainId);

  if (!domain.shown || domain.score === null || domain.level === null) {
    return (
      <Card as="article" tone="missing" className="print-avoid-break">
        <h3 className="text-lg font-semibold">{name}</h3>
        <p className="mt-2 text-stone-700">{t("domainHidden", { min: minGroupSize })}</p>
      </Card>
    );
  }

  const level = labels.domainLevel(domain.domainId, domain.level);
  const score = displayScore(domain.score);
  const spread = domain.spread;
  const peer = peers ? await peerTexts(peers, domain.score) : null;
  const margin = domain.margin90 !== null ? shownMargin(domain.score, domain.margin90) : null;
  const rounded = spread
    ? (Object.fromEntries(SPREAD_KEYS.map((key) => [key, displayScore(spread[key])])) as Record<
        (typeof SPREAD_KEYS)[number],
        number
      >)
    : null;
  return (
    <Card as="article" className="print-avoid-break">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">{name}</h3>
        <LevelBadge name={level.name} rank={level.rank} />
      </div>
      <p className="mt-3 flex flex-wrap items-baseline gap-x-2 text-2xl font-bold text-brand-800">
        <span>
          {score}
          <span className="text-base font-normal text-stone-500"> / 100</span>
        </span>
        {margin && (
          <span className="text-base font-semibold text-stone-700" data-testid="domain-margin">
            {tm("score", margin)}
          </span>
        )}
      </p>
      <div className="mt-2">
        <ScoreBar
          score={domain.score}
          bands={questionnaire.levels.slice(1).map((l) => l.from)}
          label={peer ? peer.barLabel : t("scoreOutOf", { score })}
          peers={peers}
        />
        {peer && <PeerLine text={peer.line} />}
      </div>
      {domain.respondents !== null && (
        <p className="mt-2 text-sm text-stone-600">{t("respondentsCounted", { count: domain.respondents })}</p>
      )}
      <p className="mt-1 text-sm text-stone-600">
        {margin
          ? `${tm("range", margin)} ${domain.marginBasis === "own-spread" ? tm("basisOwn") : tm("basisReference")}`
          : tm("none")}
      </p>
      {spread && rounded && (
        <div className="mt-4 space-y-2 border-t border-stone-100 pt-3">
          <h4 className="text-sm font-semibold text-stone-800">{t("spreadTitle")}</h4>
          <SpreadBar spread={spread} mean={domain.score} label={t("spreadLabel", rounded)} />
          <dl className="grid grid-cols-2 gap-1 text-center text-xs text-stone-600">
            {SPREAD_KEYS.map((key) => (
              <div key={key}>
                <dt>{t(`spread.${key}`)}</dt>
                <dd className="font-semibold tabular-nums text-stone-900">{rounded[key]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {!spread && <p className="mt-4 border-t border-stone-100 pt-3 text-sm text-stone-600">{t("spreadTooFew")}</p>}
      {domain.consensus && (
        <div className="mt-4 border-t border-stone-100 pt-3 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-stone-800">{tc("label")}:</span>
            <span className={`rounded-full border px-2.5 py-0.5 font-semibold ${CONSENSUS_TONES[domain.consensus]}`}>
              {tc(domain.consensus)}
            </span>
          </p>
          {domain.consensusCaveat && <p className="mt-1 text-stone-600">{tc("caveat")}</p>}
        </div>
      )}
    </Card>
  );
}
