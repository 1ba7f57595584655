import { getTranslations } from "next-intl/server";
import { PeerLine, peerTexts } from "@/components/benchmark/peer-line";
import { LevelBadge } from "@/components/results/level-badge";
import { usesMeasurementV2 } from "@/components/results/measurement-model";
import { ScoreBar } from "@/components/results/score-bar";
import { StatementHighlights } from "@/components/results/statement-highlights";
import { Card } from "@/components/ui/card";
import type { MetricComparison } from "@/lib/benchmark/compare-with-peers";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { DomainResult, DomainStatementInsight } from "@/lib/scoring";

export async function DomainCard({
  questionnaire,
  result,
  locale,
  insight,
  peers,
}: {
  questionnaire: Questionnaire;
  result: DomainResult;
  locale: Locale;
  /** The domain's strongest and weakest statements (v2 questionnaires show them). */
  insight?: DomainStatementInsight;
  /** The peers' median, top quartile and this scan's percentile, when a benchmark group is shown. */
  peers?: MetricComparison;
}) {
  const [t, tm] = await Promise.all([getTranslations("results"), getTranslations("measurement")]);
  const v2 = usesMeasurementV2(questionnaire);
  const domain = questionnaire.domains.find((d) => d.id === result.domainId);
  if (!domain) return null;
  const needed = Math.ceil(questionnaire.minAnsweredShare * result.total);
  // v2 counts "don't know" and "not applicable" apart; in v1 "na" is the single "don't know / n.a.".
  const answeredText = questionnaire.scale.dontKnow
    ? tm("answered", {
        answered: result.answered,
        total: result.total,
        dontKnow: result.dontKnow,
        notApplicable: result.notApplicable,
      })
    : t("answered", { answered: result.answered, total: result.total, notApplicable: result.notApplicable });

  if ((result.status === "insufficient" || result.level === null || result.score === null) && v2) {
    return (
      <article
        data-state="unscored"
        className="print-avoid-break rounded-xl border-2 border-dashed border-stone-300 bg-stone-50 p-5"
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 className="text-lg font-semibold">{localized(domain.name, locale)}</h3>
          <span className="inline-block rounded-full border border-stone-400 bg-white px-2.5 py-0.5 text-sm font-semibold text-stone-700">
            {tm("unscored.badge")}
          </span>
        </div>
        <p className="mt-2 font-medium text-stone-800">{tm("unscored.title")}</p>
        <p className="mt-1 text-sm text-stone-600">{tm("unscored.help", { needed, total: result.total })}</p>
        <p className="mt-3 text-sm text-stone-600">{answeredText}</p>
      </article>
    );
  }

  if (result.status === "insufficient" || result.level === null || result.score === null) {
    return (
      <Card as="article" tone="missing" className="print-avoid-break">
        <h3 className="text-lg font-semibold">{localized(domain.name, locale)}</h3>
        <p className="mt-2 font-medium text-stone-800">{t("insufficient")}</p>
        <p className="mt-1 text-sm text-stone-600">{t("insufficientHelp", { needed, total: result.total })}</p>
        <p className="mt-3 text-sm text-stone-600">{answeredText}</p>
      </Card>
    );
  }

  const level = displayLabels(questionnaire, locale).domainLevel(domain.id, result.level);
  const recommendations = domain.recommendations[result.level] ?? [];
  const peer = peers ? await peerTexts(peers, result.score) : null;
  return (
    <Card as="article" className="print-avoid-break">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">{localized(domain.name, locale)}</h3>
        <LevelBadge name={level.name} rank={level.rank} />
      </div>
      <p className="mt-3 text-2xl font-bold text-brand-800">
        {displayScore(result.score)}
        <span className="text-base font-normal text-stone-500"> / 100</span>
      </p>
      <div className="mt-2">
        <ScoreBar
          score={result.score}
          bands={questionnaire.levels.slice(1).map((l) => l.from)}
          label={peer ? peer.barLabel : t("scoreOutOf", { score: displayScore(result.score) })}
          peers={peers}
        />
        {peer && <PeerLine text={peer.line} />}
      </div>
      <p className="mt-3 text-sm text-stone-700">{level.description}</p>
      <p className="mt-2 text-xs text-stone-500">{answeredText}</p>
      {recommendations.length > 0 && (
        <div className="mt-4 border-t border-stone-100 pt-3">
          <h4 className="text-sm font-semibold text-stone-800">{t("nextSteps")}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700">
            {recommendations.map((r) => (
              <li key={r.id}>{localized(r.title, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {v2 && insight && <StatementHighlights questionnaire={questionnaire} insight={insight} locale={locale} />}
    </Card>
  );
}
