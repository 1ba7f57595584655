import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { answerLabel, usesMeasurementV2 } from "@/components/results/measurement-model";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { PlanStep, ScoreResult } from "@/lib/scoring";

const NUMBER_BADGE =
  "flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-700 font-semibold text-white print:border print:border-stone-700 print:bg-white print:text-stone-900";

/**
 * The action plan of a self-scan or a round. v2: three next steps tied to the lowest statements, then the rest
 * grouped by domain, closed until asked for. v1: the prioritised list, after the first three closed too.
 */
export async function ActionPlan({
  questionnaire,
  result,
  locale,
  renderAgree,
  answerNote,
}: {
  questionnaire: Questionnaire;
  /** A self-scan's ScoreResult, or a round's plan (lib/aggregation/round-plan.ts). */
  result: Pick<ScoreResult, "recommendations" | "plan">;
  locale: Locale;
  /** Under each recommendation, e.g. "agree as an action" for those who may (lib/targets). */
  renderAgree?: (recommendation: { id: string; title: string }) => ReactNode;
  /** How an addressed statement's answer reads; a round says it is the median answer. */
  answerNote?: (answer: string) => string;
}) {
  const agree = (r: { id: string; title: Parameters<typeof localized>[0] }) =>
    renderAgree?.({ id: r.id, title: localized(r.title, locale) });
  const [t, tm, ts] = await Promise.all([
    getTranslations("results"),
    getTranslations("measurement.plan"),
    getTranslations("resultsSummary"),
  ]);
  const { domainName } = displayLabels(questionnaire, locale);
  if (result.recommendations.length === 0) return <p className="text-stone-600">{t("noRecommendations")}</p>;

  if (!usesMeasurementV2(questionnaire)) {
    const list = (recommendations: typeof result.recommendations) => (
      <ol className="space-y-3">
        {recommendations.map((r) => (
          <Card
            as="li"
            key={`${r.domainId}-${r.recommendation.id}`}
            padding="sm"
            className="print-avoid-break flex gap-4"
          >
            <span className={NUMBER_BADGE}>{r.priority}</span>
            <div>
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{domainName(r.domainId)}</p>
              <h3 className="font-semibold">{localized(r.recommendation.title, locale)}</h3>
              <p className="mt-1 text-stone-700">{localized(r.recommendation.text, locale)}</p>
              {agree(r.recommendation)}
            </div>
          </Card>
        ))}
      </ol>
    );
    const rest = result.recommendations.slice(3);
    return (
      <div className="space-y-4">
        {list(result.recommendations.slice(0, 3))}
        {rest.length > 0 && (
          <Disclosure summary={ts("showRest", { count: rest.length })} testId="plan-rest-disclosure">
            {list(rest)}
          </Disclosure>
        )}
      </div>
    );
  }

  const details = (step: PlanStep) => {
    const r = step.recommendation;
    const rows: Array<[string, string | undefined]> = [
      [tm("firstStep"), r.firstStep && localized(r.firstStep, locale)],
      [tm("owner"), r.owner && tm(`owners.${r.owner}`)],
      [tm("thisMonth"), r.thisMonth && localized(r.thisMonth, locale)],
      [tm("evidence"), r.evidence && localized(r.evidence, locale)],
    ];
    return (
      <>
        <p className="mt-1 text-stone-700">{localized(r.text, locale)}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[max-content_1fr]">
          {rows.map(([term, value]) =>
            value ? (
              <div key={term} className="contents">
                <dt className="font-semibold text-stone-800">{term}</dt>
                <dd className="text-stone-700">{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
        {step.addressed.length > 0 && (
          <div className="mt-3 text-sm">
            <p className="font-semibold text-stone-800">{tm("addresses")}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-stone-700">
              {step.addressed.map((s) => {
                const item = questionnaire.items.find((candidate) => candidate.id === s.itemId);
                return item ? (
                  <li key={s.itemId}>
                    {localized(item.statement, locale)}{" "}
                    <span className="text-stone-500">
                      ({(answerNote ?? String)(answerLabel(questionnaire, s.answer, locale))})
                    </span>
                  </li>
                ) : null;
              })}
            </ul>
          </div>
        )}
      </>
    );
  };

  return (
    <div className="space-y-8">
      <section aria-labelledby="plan-next" className="space-y-3" data-testid="plan-next">
        <h3 id="plan-next" className="text-lg font-semibold">
          {tm("nextTitle")}
        </h3>
        <p className="text-stone-700">{tm("nextLead")}</p>
        <ol className="space-y-3">
          {result.plan.next.map((step, index) => (
            <li
              key={step.recommendation.id}
              className="print-avoid-break flex gap-4 rounded-xl border-2 border-brand-600 bg-white p-4"
            >
              <span className={NUMBER_BADGE}>{index + 1}</span>
              <div className="min-w-0">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                  {domainName(step.domainId)}
                </p>
                <h4 className="font-semibold">{localized(step.recommendation.title, locale)}</h4>
                {details(step)}
                {agree(step.recommendation)}
              </div>
            </li>
          ))}
        </ol>
      </section>
      {result.plan.byDomain.length > 0 && (
        <Disclosure
          summary={ts("showRest", { count: result.plan.byDomain.reduce((sum, group) => sum + group.steps.length, 0) })}
          testId="plan-rest-disclosure"
        >
          <section aria-labelledby="plan-rest" className="space-y-4" data-testid="plan-rest">
            <h3 id="plan-rest" className="text-lg font-semibold">
              {tm("restTitle")}
            </h3>
            {result.plan.byDomain.map((group) => (
              <div key={group.domainId} className="space-y-2">
                <h4 className="font-semibold text-brand-800">{domainName(group.domainId)}</h4>
                <ul className="space-y-3">
                  {group.steps.map((step) => (
                    <Card as="li" key={step.recommendation.id} padding="sm" className="print-avoid-break">
                      <h5 className="font-semibold">{localized(step.recommendation.title, locale)}</h5>
                      {details(step)}
                      {agree(step.recommendation)}
                    </Card>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </Disclosure>
      )}
    </div>
  );
}
