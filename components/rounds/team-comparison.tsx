import { getTranslations } from "next-intl/server";
import { GroupsRadar } from "@/components/rounds/groups-radar";
import { Card, cardClass } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import { compareTeam, type RoundAggregate } from "@/lib/aggregation";
import { classifyChange, measuredOf } from "@/lib/aggregation/margin-rules";
import { signedPoints } from "@/lib/display/change";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * One team's domain means against the whole organisation's (radar and table), only where both are shown;
 * otherwise a message that says why nothing is shown, never a number.
 */
export async function TeamComparison({
  questionnaire,
  aggregate,
  team,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  /** The team's key as respondents chose it. */
  team: string;
  locale: Locale;
}) {
  const [t, tg] = await Promise.all([getTranslations("rounds.team"), getTranslations("rounds.gaps")]);
  const comparison = compareTeam(aggregate, team);
  const { domainName } = displayLabels(questionnaire, locale);
  const title = (
    <h2 id="team-comparison" className="text-xl font-semibold">
      {t("title", { team })}
    </h2>
  );
  const message = !aggregate.shown
    ? t("roundTooFew", { min: aggregate.minGroupSize })
    : comparison === null
      ? t("notInRound", { team })
      : !comparison.shown
        ? t("teamTooFew", { team, min: aggregate.minGroupSize })
        : null;
  if (message !== null || comparison === null || comparison.respondents === null) {
    return (
      <section aria-labelledby="team-comparison" className="space-y-3">
        {title}
        <p className="rounded-xl border border-dashed border-amber-400 bg-white p-5 text-stone-700">{message}</p>
      </section>
    );
  }

  // Each difference against its 90% margin: Welch on the two published means and margins, as for a gap. The
  // team is part of the organisation, so the two are not independent; Welch then overstates the margin, so a
  // difference called beyond it is so with room to spare.
  const teamGroup = aggregate.groups.find((g) => g.by === "team" && g.key === team && g.shown);
  const verdictOf = (domainId: string) => {
    const teamMean = teamGroup?.domains.find((d) => d.domainId === domainId);
    const roundMean = aggregate.domains.find((d) => d.domainId === domainId);
    const after = teamMean ? measuredOf(teamMean) : null;
    const before = roundMean ? measuredOf(roundMean) : null;
    if (!after || !before) return tg("teamMarginUnknown");
    const verdict = classifyChange({ before, after });
    return tg(verdict.label === "beyond-margin" ? "beyondMargin" : "withinMargin", {
      margin: displayScore(verdict.margin ?? 0),
    });
  };
  // Largest difference first (as shown: between the rounded means), hidden domains last in questionnaire order.
  const shownDifference = (d: { team: number | null; round: number | null }) =>
    d.team === null || d.round === null ? -1 : Math.abs(displayScore(d.team) - displayScore(d.round));
  const domains = comparison.domains
    .map((d, index) => ({ d, index }))
    .sort((a, b) => shownDifference(b.d) - shownDifference(a.d) || a.index - b.index)
    .map(({ d }) => d);

  const series = [
    { label: t("teamSeries", { team, count: comparison.respondents }), emphasis: true },
    { label: t("roundSeries", { count: aggregate.respondents ?? 0 }) },
  ];
  return (
    <section aria-labelledby="team-comparison" className="space-y-4">
      {title}
      <div className="print-avoid-break grid gap-6 lg:grid-cols-2 print:grid-cols-1">
        {/* Below `sm` the table alone: two groups on a radar are hard to read at 375 px. */}
        <Card padding="sm" className="hidden sm:block print:block" data-testid="team-radar">
          <p className="text-sm text-stone-600">{t("radarNote")}</p>
          <GroupsRadar
            data={comparison.domains.map((d) => ({ domain: domainName(d.domainId), values: [d.team, d.round] }))}
            series={series}
          />
        </Card>
        <TableRegion
          label={t("tableCaption", { team })}
          className={cardClass({ padding: "none", className: "self-start" })}
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              {t("tableCaption", { team })}. {tg("teamSorted")}
            </caption>
            <thead className="bg-stone-50 text-xs">
              <tr className="border-b border-stone-200">
                <th scope="col" className="px-1.5 py-2 font-semibold sm:px-3">
                  {t("domain")}
                </th>
                <th scope="col" className="px-1.5 py-2 sm:px-2 text-right font-semibold">
                  {/* On a phone the column says "Team" (the legend and caption name it) so the table fits. */}
                  <span className="sm:hidden">{t("teamColumn")}</span>
                  <span className="hidden sm:inline">{team}</span>
                </th>
                <th scope="col" className="px-1.5 py-2 sm:px-2 text-right font-semibold">
                  {t("organisation")}
                </th>
                <th scope="col" className="px-1.5 py-2 text-right font-semibold sm:px-3">
                  {t("difference")}
                </th>
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.domainId} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-1.5 py-2 font-medium sm:px-3">
                    {domainName(d.domainId)}
                  </th>
                  {d.team === null || d.round === null ? (
                    <td colSpan={3} className="px-1.5 py-2 text-right text-xs text-stone-600 sm:px-3">
                      {t("hidden")}
                    </td>
                  ) : (
                    <>
                      <td className="px-1.5 py-2 sm:px-2 text-right font-semibold tabular-nums">
                        {displayScore(d.team)}
                      </td>
                      <td className="px-1.5 py-2 sm:px-2 text-right tabular-nums">{displayScore(d.round)}</td>
                      <td className="px-1.5 py-2 text-right tabular-nums sm:px-3">
                        <span className="font-semibold">{signedPoints(d.round, d.team)}</span>
                        <span className="block text-xs text-stone-600">{verdictOf(d.domainId)}</span>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
    </section>
  );
}
