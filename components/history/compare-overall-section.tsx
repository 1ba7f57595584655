import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { compareLabels } from "@/components/history/compare-labels";
import { DomainRadar } from "@/components/results/domain-radar";
import { LevelBadge } from "@/components/results/level-badge";
import { Card } from "@/components/ui/card";
import { ChangeValue } from "@/components/ui/change-value";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

/** The overall change between the two scans, their levels, links to both results, and the radar. */
export async function CompareOverallSection({
  pair,
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}) {
  const [t, { domainName, fromLabels, toLabels, date, fromDate, toDate }] = await Promise.all([
    getTranslations("compare"),
    compareLabels({ pair, locale }),
  ]);
  const { from, to, comparison } = pair;
  const { overall } = comparison;
  const overallFrom = fromLabels.level(overall.fromLevel);
  const overallTo = toLabels.level(overall.toLevel);
  const radarRows = comparison.rows.filter((r) => r.presentIn !== "from");
  return (
    <section aria-labelledby="overall" className="grid gap-6 lg:grid-cols-5">
      <Card padding="lg" className="print-avoid-break space-y-4 lg:col-span-2">
        <h2 id="overall" className="text-lg font-semibold">
          {t("overallTitle")}
        </h2>
        <p className="text-sm text-stone-600">{t("periodTitle", { from: fromDate, to: toDate })}</p>
        {overall.fromScore !== null && overall.toScore !== null ? (
          <>
            <p className="flex flex-wrap items-baseline gap-x-3 text-4xl font-bold text-brand-800">
              <span>
                {t("overallChange", { from: displayScore(overall.fromScore), to: displayScore(overall.toScore) })}
              </span>
              <ChangeValue change={overall.change} className="text-2xl" />
            </p>
            <div className="flex flex-wrap items-center gap-2">
              {overallFrom && <LevelBadge name={overallFrom.name} rank={overallFrom.rank} />}
              {overallTo && overallFrom && <span aria-hidden="true">→</span>}
              {overallTo && <LevelBadge name={overallTo.name} rank={overallTo.rank} />}
              {overall.levelChange !== "n.a." && (
                <span className="text-sm text-stone-700">{t(`level.${overall.levelChange}`)}</span>
              )}
            </div>
            {/* The overall score has no margin of its own: for rounds the domains say what is beyond it. */}
            <p className="text-sm text-stone-700">
              {pair.judgement.basis === "one-person" ? t("margin.overallOnePerson") : t("margin.overallRounds")}
            </p>
          </>
        ) : (
          <p className="text-stone-700">{t("overallInsufficient")}</p>
        )}
        <ul className="no-print space-y-1 text-sm">
          {[from, to].map((a) => (
            <li key={a.id}>
              <Link href={`/results/${a.shareToken}`} className="text-brand-800 underline underline-offset-2">
                {t("openResults")} ({date(a.submittedAt)})
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <Card padding="sm" className="print-avoid-break lg:col-span-3">
        <h2 className="sr-only">{t("radarTitle")}</h2>
        <DomainRadar
          data={radarRows.map((r) => ({ domain: domainName(r.domainId), score: r.toScore, previous: r.fromScore }))}
          seriesLabel={t("later", { date: toDate })}
          previousLabel={t("earlier", { date: fromDate })}
          insufficientLabel={t("insufficient")}
        />
      </Card>
    </section>
  );
}
