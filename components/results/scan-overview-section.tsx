import { getFormatter, getTranslations } from "next-intl/server";
import { peerOutline } from "@/components/benchmark/peer-figures";
import { DomainRadar } from "@/components/results/domain-radar";
import { LevelBadge } from "@/components/results/level-badge";
import { OverallMissing } from "@/components/results/overall-missing";
import { Card } from "@/components/ui/card";
import type { RadarOutline } from "@/components/ui/radar-outline";
import type { PeerComparison } from "@/lib/benchmark/compare-with-peers";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import { pointsChange } from "@/lib/history/compare-scans";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ScanResults } from "@/lib/server/scans/get-scan-results";

/** A self-scan's overall level and score, the change since the scan before, and the radar. */
export async function ScanOverviewSection({
  questionnaire,
  result,
  previous,
  locale,
  comparison,
  targetOutlines,
}: Pick<ScanResults, "questionnaire" | "result" | "previous"> & {
  locale: Locale;
  comparison: PeerComparison | null;
  targetOutlines: RadarOutline[];
}) {
  const [t, th, tc, tp, format] = await Promise.all([
    getTranslations("results"),
    getTranslations("history"),
    getTranslations("compare.change"),
    getTranslations("benchmark.peers"),
    getFormatter(),
  ]);
  const { domainName } = displayLabels(questionnaire, locale);
  const overallLevel = questionnaire.levels.find((l) => l.id === result.overall.level);
  const overallRank = questionnaire.levels.findIndex((l) => l.id === result.overall.level);
  const previousDate = previous ? format.dateTime(previous.submittedAt, { dateStyle: "long" }) : "";
  const overallChange = previous ? pointsChange(previous.overallScore, result.overall.score) : null;
  const changeText = (change: number) =>
    change > 0 ? tc("up", { points: change }) : change < 0 ? tc("down", { points: -change }) : tc("same");
  return (
    <section aria-labelledby="overall" className="grid gap-6 lg:grid-cols-5">
      <Card padding="lg" className="print-avoid-break space-y-3 lg:col-span-2">
        <h2 id="overall" className="text-lg font-semibold">
          {t("overall")}
        </h2>
        {overallLevel && result.overall.score !== null ? (
          <>
            <LevelBadge name={localized(overallLevel.name, locale)} rank={overallRank} size="lg" />
            <p className="text-4xl font-bold text-brand-800">
              {displayScore(result.overall.score)}
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
                    from: displayScore(previous.overallScore),
                    to: displayScore(result.overall.score),
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
      </Card>
      <Card padding="sm" className="print-avoid-break lg:col-span-3">
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
      </Card>
    </section>
  );
}
