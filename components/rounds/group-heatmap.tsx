import { getTranslations } from "next-intl/server";
import { getGroupLabel } from "@/components/rounds/group-label";
import { cardClass } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import type { Breakdown, RoundAggregate } from "@/lib/aggregation";
import { differenceStep, groupHeatmap } from "@/lib/aggregation/group-heatmap";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * Cell tones by difference step (−2 … +2): orange below the round, blue above (a colour-blind-safe pair),
 * white within ±4 points. Dark text on every tone; the number and its sign are always written, so the colour
 * is never the only carrier.
 */
const TONE: Record<-2 | -1 | 0 | 1 | 2, string> = {
  [-2]: "bg-orange-200",
  [-1]: "bg-orange-50",
  0: "bg-white",
  1: "bg-sky-50",
  2: "bg-sky-200",
};

/** "+12", "−4", "0": a difference as written in a cell (U+2212 for minus). */
function signed(difference: number): string {
  return difference > 0 ? `+${difference}` : difference < 0 ? `\u2212${-difference}` : "0";
}

/**
 * A breakdown's shown groups (rows) × the round's domains (columns): each group's mean and, under it, its
 * difference from the whole round, the cell coloured by that difference (Culture Amp's heatmap). Only what
 * the aggregate publishes: hidden groups have no row, hidden means say so. Nothing with fewer than one shown
 * group.
 */
export async function GroupHeatmap({
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
  const map = groupHeatmap({ aggregate, by });
  if (map.rows.length === 0) return null;
  const [t, label] = await Promise.all([getTranslations("rounds.heatmap"), getGroupLabel(aggregate)]);
  const { domainName } = displayLabels(questionnaire, locale);
  const caption = by === "role" ? t("captionRole") : t("captionTeam");
  const legend = [
    { step: -2 as const, text: t("legendMuchLower") },
    { step: -1 as const, text: t("legendLower") },
    { step: 0 as const, text: t("legendSame") },
    { step: 1 as const, text: t("legendHigher") },
    { step: 2 as const, text: t("legendMuchHigher") },
  ];
  return (
    <div className="space-y-2" data-testid={`heatmap-${by}`}>
      {/* Title and note outside the scroll box, so they wrap at 375 px instead of scrolling with the table. */}
      <div aria-hidden="true">
        <p className="font-semibold text-stone-900">{caption}</p>
        <p className="text-xs text-stone-600">{t("captionNote")}</p>
      </div>
      <TableRegion label={caption} className={cardClass({ padding: "none" })}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            {caption}. {t("captionNote")}
          </caption>
          <thead className="bg-stone-50 text-xs">
            <tr className="border-y border-stone-200">
              <th scope="col" className="sticky left-0 bg-stone-50 px-2 py-2 font-semibold sm:px-3">
                {by === "role" ? t("role") : t("team")}
              </th>
              {map.domainIds.map((id) => (
                <th key={id} scope="col" className="min-w-[4.5rem] px-1.5 py-2 text-center align-bottom font-semibold">
                  {domainName(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b-2 border-stone-200 bg-stone-50">
              <th scope="row" className="sticky left-0 bg-stone-50 px-2 py-2 font-medium sm:px-3">
                {t("wholeRound", { count: aggregate.respondents ?? 0 })}
              </th>
              {map.round.map((score, i) => (
                <td key={map.domainIds[i]} className="px-1.5 py-2 text-center font-semibold tabular-nums">
                  {score === null ? <span className="text-xs font-normal text-stone-600">{t("hidden")}</span> : score}
                </td>
              ))}
            </tr>
            {map.rows.map((row) => (
              <tr key={row.key} className="border-b border-stone-100 last:border-0">
                <th scope="row" className="sticky left-0 bg-white px-2 py-2 font-medium sm:px-3">
                  {t("group", { group: label(by, row.key), count: row.respondents ?? 0 })}
                </th>
                {row.cells.map((cell, i) => (
                  <td
                    key={map.domainIds[i]}
                    className={`border border-white px-1.5 py-1.5 text-center tabular-nums text-stone-900 ${
                      TONE[differenceStep(cell?.difference ?? null)]
                    }`}
                  >
                    {cell === null ? (
                      <span className="text-xs text-stone-600">{t("hidden")}</span>
                    ) : (
                      <>
                        <span className="block font-semibold">{cell.score}</span>
                        {cell.difference !== null && (
                          <span className="block text-xs">
                            <span className="sr-only">{t("differenceLabel")} </span>
                            {signed(cell.difference)}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700" aria-label={t("legendTitle")}>
        {legend.map((entry) => (
          <li key={entry.step} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={`inline-block h-3 w-4 rounded-sm border border-stone-300 ${TONE[entry.step]}`}
            />
            {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
