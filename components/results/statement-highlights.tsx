import { getTranslations } from "next-intl/server";
import { answerLabel } from "@/components/results/measurement-model";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { DomainStatementInsight, StatementAnswer } from "@/lib/scoring";
import { highlightReading } from "@/lib/scoring/statement-insight";

/** A domain's strongest and weakest statements, each with the answer given. */
export async function StatementHighlights({
  questionnaire,
  insight,
  locale,
}: {
  questionnaire: Questionnaire;
  insight: DomainStatementInsight;
  locale: Locale;
}) {
  const t = await getTranslations("measurement.statements");
  if (insight.allSame) return <p className="mt-3 text-sm text-stone-600">{t("allSame")}</p>;
  if (insight.strongest.length === 0 && insight.weakest.length === 0) return null;
  const list = (side: "strongest" | "weakest", statements: StatementAnswer[], tone: string) =>
    statements.length > 0 && (
      <div>
        <h5 className={`text-xs font-semibold uppercase tracking-wide ${tone}`}>{t(side)}</h5>
        <ul className="mt-1 space-y-1.5">
          {statements.map((s) => {
            const item = questionnaire.items.find((candidate) => candidate.id === s.itemId);
            if (!item) return null;
            const reading = highlightReading(item, side);
            return (
              <li key={s.itemId} className="text-sm text-stone-800">
                {localized(item.statement, locale)}
                <span className="block text-xs text-stone-600">
                  {t("answer", { answer: answerLabel(questionnaire, s.answer, locale) })}
                  {reading === "plain" ? "" : ` — ${t(reading)}`}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    );
  return (
    <div className="mt-4 space-y-3 border-t border-stone-100 pt-3" data-testid="statement-highlights">
      <h4 className="text-sm font-semibold text-stone-800">{t("title")}</h4>
      {list("strongest", insight.strongest, "text-emerald-800")}
      {list("weakest", insight.weakest, "text-red-800")}
    </div>
  );
}
