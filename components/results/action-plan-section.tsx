import { getTranslations } from "next-intl/server";
import { ActionPlan } from "@/components/results/action-plan";
import { agreeRenderer } from "@/components/results/agree-renderer";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";
import type { ScoreResult } from "@/lib/scoring";
import type { ResultsLoop } from "@/lib/server/pages/load-results-loop";

/** A self-scan's action plan, with "agree as an action" for whoever may change the loop. */
export async function ActionPlanSection({
  questionnaire,
  result,
  locale,
  loop,
}: {
  questionnaire: Questionnaire;
  result: ScoreResult;
  locale: Locale;
  loop: ResultsLoop;
}) {
  const t = await getTranslations("results");
  return (
    <section aria-labelledby="action-plan" className="print-break-before space-y-4">
      <h2 id="action-plan" className="text-xl font-semibold">
        {t("actionPlan")}
      </h2>
      <p className="text-stone-700">{t("actionPlanLead")}</p>
      <ActionPlan questionnaire={questionnaire} result={result} locale={locale} renderAgree={agreeRenderer(loop)} />
    </section>
  );
}
