import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { classifyChange, classifyTarget, type Measured } from "@/lib/aggregation/margin-rules";
import { shownTargetGap } from "@/lib/display/change";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import {
  type ChangeMarginInput,
  changeLabel,
  changeLabelMessage,
  targetVerdictMessage,
} from "@/lib/history/change-label";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { measuredDomainsOf } from "@/lib/server/history/measured-domains";
import type { ScanLoop } from "@/lib/server/targets/get-loop";
import type { TargetEvaluation } from "@/lib/targets/evaluate-target";
import { buildLoopRows, hasLoop, type LoopRow, targetsReached } from "@/lib/targets/loop-summary";

const RESULT_STYLE: Record<TargetEvaluation["status"], { icon: string; tone: string }> = {
  reached: { icon: "✓", tone: "bg-emerald-100 text-emerald-900" },
  "not-reached": { icon: "✗", tone: "bg-amber-100 text-amber-950" },
  "no-score": { icon: "–", tone: "bg-stone-100 text-stone-800" },
};

/** A domain as passed in: a round's carries its published margin (`margin90`, null in old snapshots). */
type ReviewDomain = {
  domainId: string;
  score: number | null;
  level: string | null;
  shown?: boolean;
  respondents?: number | null;
  margin90?: number | null;
};

/** A round's domain with its margin, as the rules see it; "one-person" for a self-scan; null without a margin. */
function measuredNow(
  domain: ReviewDomain | undefined,
  round: boolean,
): Extract<Measured, { kind: "group" }> | "one-person" | null {
  if (!round) return "one-person";
  const { score, respondents, margin90 } = domain ?? {};
  if (domain?.shown === false || score == null || respondents == null || respondents < 2 || margin90 == null)
    return null;
  return { kind: "group", score, respondents, margin90 };
}

/**
 * The next scan of a series closes the loop: per domain the target agreed on the scan before against this
 * scan's score (reached or not, by how many points as shown, and what the margin allows: clearly reached / at
 * the target / close / clearly short, or one person's view for a self-scan), and a line per domain with the
 * actions done next to the domain's change (beyond or within its margin). Nothing when nothing was agreed.
 * A round's domains carry `margin90`; a self-scan's do not — that is how the two are told apart.
 */
export async function TargetReview({
  questionnaire,
  locale,
  domains,
  previous,
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  domains: ReadonlyArray<ReviewDomain>;
  previous: ScanLoop["previous"];
}) {
  if (!previous || (previous.targets.length === 0 && previous.actions.length === 0)) return null;
  const [t, tm, format, before] = await Promise.all([
    getTranslations("loop.review"),
    getTranslations("compare.margin"),
    getFormatter(),
    measuredDomainsOf(previous.id),
  ]);
  const round = domains.some((d) => "margin90" in d);
  const nowOf = (domainId: string) =>
    measuredNow(
      domains.find((d) => d.domainId === domainId),
      round,
    );
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
  // Every number shown is whole and every difference is taken between shown numbers (lib/display/change).
  const marginText = (row: LoopRow & { target: NonNullable<LoopRow["target"]> }) => {
    if (row.currentScore === null) return "";
    const gap = shownTargetGap(row.target.minScore, row.currentScore);
    return gap.points > 0
      ? t("marginAbove", { points: gap.points })
      : gap.points < 0
        ? t("marginBelow", { points: -gap.points })
        : t("marginAt");
  };
  /** classifyTarget on the shown numbers, so its words agree with the difference beside them. */
  const verdictText = (row: LoopRow & { target: NonNullable<LoopRow["target"]> }) => {
    if (row.currentScore === null) return "";
    const gap = shownTargetGap(row.target.minScore, row.currentScore);
    const now = nowOf(row.domainId);
    if (now === null) return t("verdict.unknown");
    const actual: Measured =
      now === "one-person"
        ? { kind: "one-person", score: gap.actual }
        : { ...now, score: gap.actual, margin90: displayScore(now.margin90) };
    const { key, values } = targetVerdictMessage(classifyTarget({ actual, target: gap.target }));
    return t(`verdict.${key}`, values);
  };
  /** What the margins allow one to say about the change since the scan before (both rounds, or one person). */
  const changeMargin = (row: LoopRow): ChangeMarginInput => {
    const now = nowOf(row.domainId);
    if (now === "one-person" || before?.kind === "self") return "one-person";
    const then = before?.kind === "team" ? before.domains.get(row.domainId) : null;
    return now && then ? (classifyChange({ before: then, after: now }).margin ?? "unknown") : "unknown";
  };
  const bareChange = (change: number | null) =>
    change === null
      ? t("changeNone")
      : change > 0
        ? t("changeUp", { points: change })
        : change < 0
          ? t("changeDown", { points: -change })
          : t("changeSame");
  const changeText = (row: LoopRow) => {
    if (row.change === null || row.previousScore === null || row.currentScore === null) return bareChange(row.change);
    const { key, values } = changeLabelMessage(changeLabel(row.previousScore, row.currentScore, changeMargin(row)));
    return t("changeMargin", { change: bareChange(row.change), label: tm(key, values) });
  };
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
        {withTarget.length > 0 && (
          <p className="text-sm text-stone-600">{t(round ? "marginNoteRound" : "marginNoteSelf")}</p>
        )}
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
                      score: displayScore(row.target.minScore),
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
                    <span className="text-stone-700">{marginText(row)}</span>
                    {row.currentScore !== null && (
                      <span className="block text-stone-700" data-testid="target-verdict">
                        {verdictText(row)}
                      </span>
                    )}
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
                  change: changeText(row),
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
