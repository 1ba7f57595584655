import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionPlan } from "@/components/results/action-plan";
import type { RoundAggregate } from "@/lib/aggregation";
import { roundPlan } from "@/lib/aggregation/round-plan";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * The round's action plan from its domain means, drawn by the self-scan's ActionPlan: three next steps with
 * first step, owner, this month and evidence, tied to the statements with the lowest median answer; the rest
 * by domain.
 */
export async function RoundActionPlan({
  questionnaire,
  aggregate,
  locale,
  renderAgree,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
  /** Under each recommendation, e.g. "agree as an action" for those who may (lib/targets). */
  renderAgree?: (recommendation: { id: string; title: string }) => ReactNode;
}) {
  const [t, ts] = await Promise.all([getTranslations("rounds.results"), getTranslations("resultsSummary")]);
  return (
    <section aria-labelledby="round-action-plan" className="print-break-before space-y-4">
      <h2 id="round-action-plan" className="text-xl font-semibold">
        {t("actionPlan")}
      </h2>
      <p className="text-stone-700">{t("actionPlanLead")}</p>
      <ActionPlan
        questionnaire={questionnaire}
        result={roundPlan(questionnaire, aggregate)}
        locale={locale}
        renderAgree={renderAgree}
        answerNote={(answer) => ts("medianAnswer", { answer })}
      />
    </section>
  );
}
