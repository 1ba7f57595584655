import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { ScanLoop } from "@/lib/server/targets/get-loop";
import type { TargetEvaluation } from "@/lib/targets/evaluate-target";
import { buildLoopRows, hasLoop, type LoopRow, targetsReached } from "@/lib/targets/loop-summary";

/** Colours of the target outline on the radars: amber, dotted, apart from the earlier scan's grey dashes. */
export const TARGET_OUTLINE_STYLE = { stroke: "#b45309", dash: "2 4" } as const;

const RESULT_STYLE: Record<TargetEvaluation["status"], { icon: string; tone: string }> = {
  reached: { icon: "✓", tone: "bg-emerald-100 text-emerald-900" },
  "not-reached": { icon: "✗", tone: "bg-amber-100 text-amber-950" },
  "no-score": { icon: "–", tone: "bg-stone-100 text-stone-800" },
};

/**
 * The next scan of a series closes the loop: per domain the target agreed on the scan before against this
 * scan's score (reached or not, by how many points), and a line per domain with the actions done next to the
 * domain's change. Nothing when nothing was agreed.
 */
export async function TargetReview({
  questionnaire,
  locale,
  domains,
  previous,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  domains: ReadonlyArray<{ domainId: string; score: number | null; level: string | null }>;
  previous: ScanLoop["previous"];
}) {
  if (!previous || (previous.targets.length === 0 && previous.actions.length === 0)) return null;
  const [t, format] = await Promise.all([getTranslations("loop.review"), getFormatter()]);
  const { domainName, levelName } = displayLabels(questionnaire, locale);
  const rows = buildLoopRows({
    domainIds: domains.map((d) => d.domainId),
    previousScores: previous.domainScores,
    currentScores: domains,
    targets: previous.targets,
    actions: previous.actions,
  }).filter(hasLoop);
  const withTarget = rows.flatMap((r) => (r.target ? [{ ...r, target: r.target }] : []));
  const totals = targetsReached(rows);
  const points = (n: number) => format.number(Math.abs(n), { maximumFractionDigits: 1 });
  const marginText = (evaluation: TargetEvaluation) =>
    evaluation.margin === null
      ? ""
      : evaluation.margin > 0
        ? t("marginAbove", { points: points(evaluation.margin) })
        : evaluation.margin < 0
          ? t("marginBelow", { points: points(evaluation.margin) })
          : t("marginAt");
  const changeText = (change: number | null) =>
    change === null
      ? t("changeNone")
      : change > 0
        ? t("changeUp", { points: change })
        : change < 0
          ? t("changeDown", { points: -change })
          : t("changeSame");
  const resultText = (row: LoopRow) =>
    !row.evaluation
      ? t("resultNone")
      : row.evaluation.status === "reached"
        ? t("resultReached")
        : row.evaluation.status === "not-reached"
          ? t("resultNotReached")
          : t("resultNoScore");
  const cell = "px-3 py-2 align-top";

  return (
    <Card
      as="section"
      aria-labelledby="target-review"
      className="print-avoid-break space-y-4"
      data-testid="target-review"
    >
      <div className="space-y-1">
        <h2 id="target-review" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">
          {t("lead", { date: format.dateTime(previous.submittedAt, { dateStyle: "long" }) })}
        </p>
        {totals.judged > 0 && <p className="font-semibold text-stone-900">{t("totals", totals)}</p>}
      </div>

      {withTarget.length > 0 && (
        // A real table on wide screens; on a phone each row stacks so nothing scrolls sideways.
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="hidden border-b border-stone-200 text-stone-700 sm:table-header-group">
            <tr>
              <th scope="col" className={`${cell} font-semibold`}>
                {t("domain")}
              </th>
              <th scope="col" className={`${cell} font-semibold`}>
                {t("target")}
              </th>
              <th scope="col" className={`${cell} font-semibold`}>
                {t("actual")}
              </th>
              <th scope="col" className={`${cell} font-semibold`}>
                {t("result")}
              </th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-stone-100 sm:table-row-group">
            {withTarget.map((row) => {
              const evaluation = row.evaluation ?? { status: "no-score" as const, margin: null };
              const style = RESULT_STYLE[evaluation.status];
              return (
                <tr key={row.domainId} className="block py-2 sm:table-row sm:py-0" data-domain={row.domainId}>
                  <th scope="row" className={`block font-semibold sm:table-cell ${cell}`}>
                    {domainName(row.domainId)}
                  </th>
                  <td className={`block sm:table-cell ${cell}`}>
                    <span className="text-stone-600 sm:sr-only">{t("target")}: </span>
                    {t("threshold", {
                      level: levelName(row.target.levelId),
                      score: format.number(row.target.minScore, { maximumFractionDigits: 1 }),
                    })}
                  </td>
                  <td className={`block sm:table-cell ${cell}`}>
                    <span className="text-stone-600 sm:sr-only">{t("actual")}: </span>
                    {row.currentScore === null
                      ? t("noScore")
                      : `${levelName(row.currentLevel)} · ${displayScore(row.currentScore)}`}
                  </td>
                  <td className={`block sm:table-cell ${cell}`}>
                    <span
                      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold print:border print:border-stone-400 ${style.tone}`}
                    >
                      <span aria-hidden="true">{style.icon}</span>
                      {evaluation.status === "reached"
                        ? t("reached")
                        : evaluation.status === "not-reached"
                          ? t("notReached")
                          : t("noScore")}
                    </span>{" "}
                    <span className="text-stone-700">{marginText(evaluation)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <div className="space-y-2">
        <h3 className="font-semibold">{t("perDomainTitle")}</h3>
        <ul className="space-y-3" data-testid="loop-summary">
          {rows.map((row) => (
            <li key={row.domainId} className="rounded-lg border border-stone-200 p-3" data-domain={row.domainId}>
              <p className="font-medium text-stone-900">
                {t("summary", {
                  done: row.done.length,
                  domain: domainName(row.domainId),
                  change: changeText(row.change),
                  result: resultText(row),
                })}
              </p>
              {row.done.length > 0 && (
                <ul className="mt-1 list-none space-y-0.5 pl-0 text-sm text-stone-700">
                  {row.done.map((action) => (
                    <li key={action.id}>
                      <span aria-hidden="true">✓ </span>
                      {action.title}
                    </li>
                  ))}
                </ul>
              )}
              {(row.open.length > 0 || row.dropped.length > 0) && (
                <p className="mt-1 text-sm text-stone-600">
                  {[
                    row.open.length > 0 ? t("open", { count: row.open.length }) : null,
                    row.dropped.length > 0 ? t("dropped", { count: row.dropped.length }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
