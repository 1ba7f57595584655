import { getTranslations } from "next-intl/server";
import { GroupHeatmap } from "@/components/rounds/group-heatmap";
import { getGroupLabel } from "@/components/rounds/group-label";
import { GroupsRadar } from "@/components/rounds/groups-radar";
import { Card, cardClass } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import type { Breakdown, PerceptionGap, RoundAggregate } from "@/lib/aggregation";
import { gapAdviceFor } from "@/lib/aggregation/gap-advice";
import { breakdownsInRound, gapSentenceValues, gapTable, shownGapPoints } from "@/lib/aggregation/gap-table";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/** A gap as the table shows it (−1 for none, so domains without a gap sort last). */
function gapOnScreen(gap: PerceptionGap | null): number {
  return gap ? shownGapPoints(gap) : -1;
}

async function BreakdownGaps({
  questionnaire,
  aggregate,
  by,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  by: Breakdown;
  locale: Locale;
}) {
  const [t, label] = await Promise.all([getTranslations("rounds.gaps"), getGroupLabel(aggregate)]);
  const table = gapTable({ aggregate, by });
  // Largest gap first as the reader sees it (between the rounded scores), ties in the table's own order.
  const rows = table.rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => gapOnScreen(b.row.gap) - gapOnScreen(a.row.gap) || a.index - b.index)
    .map(({ row }) => row);
  const margin = (gap: PerceptionGap) =>
    gap.margin === null || gap.beyondMargin === null
      ? t("marginUnknown")
      : t(gap.beyondMargin ? "beyondMargin" : "withinMargin", { margin: displayScore(gap.margin) });
  const groupLabel = (key: string) => label(by, key);
  const { domainName } = displayLabels(questionnaire, locale);
  const headingId = `gaps-${by}`;
  const flagged = rows.flatMap((row) => (row.gap?.flagged ? [row.gap] : []));
  const byDomainOrder = questionnaire.domains.map((d) => d.id);
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {by === "role" ? t("byRole") : t("byTeam")}
      </h3>
      {table.groups.length < 2 ? (
        <p className="text-stone-700">{t("needTwo")}</p>
      ) : (
        <>
          <div className="print-avoid-break grid gap-6 lg:grid-cols-2 print:grid-cols-1">
            {/* Below `sm` the tables carry the groups: a radar of several groups is unreadable at 375 px. */}
            <Card padding="sm" className="hidden sm:block print:block" data-testid={`groups-radar-${by}`}>
              <p className="text-sm text-stone-600">{t("radarNote")}</p>
              <GroupsRadar
                data={byDomainOrder.map((domainId) => {
                  const row = table.rows.find((r) => r.domainId === domainId);
                  return { domain: domainName(domainId), values: row?.scores ?? [] };
                })}
                series={table.groups.map((g) => ({
                  label: t("groupSeries", { group: groupLabel(g.key), count: g.respondents ?? 0 }),
                }))}
              />
            </Card>
            <TableRegion
              label={t("tableCaption", { breakdown: by === "role" ? t("byRole") : t("byTeam") })}
              className={cardClass({ padding: "none", className: "self-start" })}
            >
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">
                  {t("tableCaption", { breakdown: by === "role" ? t("byRole") : t("byTeam") })}
                </caption>
                <thead className="bg-stone-50 text-xs">
                  <tr className="border-b border-stone-200">
                    <th scope="col" className="px-2 py-2 font-semibold sm:px-3">
                      {t("domain")}
                    </th>
                    {/* The gap right after the domain, so it stays in view when the groups scroll at 375 px. */}
                    <th scope="col" className="border-r border-stone-200 px-2 py-2 text-right font-semibold">
                      {t("gap")}
                    </th>
                    {table.groups.map((g) => (
                      <th key={g.key} scope="col" className="px-2 py-2 text-right font-semibold">
                        {groupLabel(g.key)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr
                      key={row.domainId}
                      className={`border-b border-stone-100 align-top last:border-0 ${row.gap?.flagged ? "bg-amber-50" : ""}`}
                    >
                      <th scope="row" className="px-2 py-2 font-medium sm:px-3">
                        {domainName(row.domainId)}
                      </th>
                      <td className="border-r border-stone-200 px-2 py-2 text-right tabular-nums">
                        {row.gap ? (
                          <>
                            <span className="font-semibold">{t("points", { points: shownGapPoints(row.gap) })}</span>
                            <span className="block text-xs text-stone-600">{margin(row.gap)}</span>
                            {row.gap.flagged && (
                              <span className="block text-xs font-semibold text-amber-900">{t("flagged")}</span>
                            )}
                          </>
                        ) : (
                          t("noGap")
                        )}
                      </td>
                      {row.scores.map((score, i) => (
                        <td key={table.groups[i]?.key ?? i} className="px-2 py-2 text-right tabular-nums">
                          {score === null ? (
                            <span className="text-xs text-stone-600">{t("hiddenScore")}</span>
                          ) : (
                            displayScore(score)
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </div>
          <GroupHeatmap questionnaire={questionnaire} aggregate={aggregate} by={by} locale={locale} />
          <div className="space-y-3">
            <h4 className="font-semibold">{t("flaggedTitle")}</h4>
            <p className="text-sm text-stone-600">{t("flaggedRule")}</p>
            {flagged.length === 0 ? (
              <p className="text-stone-700">{t("noFlaggedMargin")}</p>
            ) : (
              <ul className="space-y-3">
                {flagged.map((gap) => {
                  const advice = gapAdviceFor(questionnaire, gap.domainId, by);
                  return (
                    <Card
                      as="li"
                      key={gap.domainId}
                      tone="notice"
                      padding="sm"
                      className="print-avoid-break print:bg-white"
                    >
                      <p className="font-semibold text-stone-900">
                        {t("sentence", gapSentenceValues(gap, { groupLabel, domainName }))}
                      </p>
                      {gap.margin !== null && (
                        <p className="mt-1 text-sm text-stone-800">
                          {t("beyondMarginNote", { margin: displayScore(gap.margin) })}
                        </p>
                      )}
                      {advice && <p className="mt-1 text-sm text-stone-700">{localized(advice, locale)}</p>}
                    </Card>
                  );
                })}
              </ul>
            )}
            {/* Domains without their own advice share one general text, said once rather than per gap. */}
            {flagged.some((gap) => !gapAdviceFor(questionnaire, gap.domainId, by)) && (
              <div className="print-avoid-break rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm text-stone-700">
                <h5 className="font-semibold text-stone-800">{t("adviceTitle")}</h5>
                <p className="mt-1">{t("generalAdvice")}</p>
              </div>
            )}
          </div>
        </>
      )}
      {table.hidden.length > 0 && (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-sm">
          <h4 className="font-semibold text-stone-800">{t("hiddenTitle")}</h4>
          <ul className="mt-1 list-disc pl-5 text-stone-700">
            {table.hidden.map((key) => (
              <li key={key}>{groupLabel(key)}</li>
            ))}
          </ul>
          <p className="mt-2 text-stone-600">{t("hiddenHelp")}</p>
        </div>
      )}
    </section>
  );
}

/**
 * Perception gaps per breakdown the round uses (role; team where teams are used): each shown group's
 * domain means on a radar and side by side in a table, largest gap first, large gaps in words with advice.
 * Nothing when the round itself is hidden (the results view says so).
 */
export async function PerceptionGaps({
  questionnaire,
  aggregate,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
}) {
  if (!aggregate.shown) return null;
  const t = await getTranslations("rounds.gaps");
  const breakdowns = breakdownsInRound(aggregate);
  if (breakdowns.length === 0) return null;
  return (
    <section aria-labelledby="round-gaps" className="print-break-before space-y-6">
      <div className="space-y-1">
        <h2 id="round-gaps" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      {breakdowns.map((by) => (
        <BreakdownGaps key={by} questionnaire={questionnaire} aggregate={aggregate} by={by} locale={locale} />
      ))}
    </section>
  );
}
