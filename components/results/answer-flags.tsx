import { getTranslations } from "next-intl/server";
import { answerLabel, usesMeasurementV2 } from "@/components/results/measurement-model";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { AnswerFlag } from "@/lib/scoring";

/** Answer patterns a consultant should discuss before building on the result. */
export async function AnswerFlags({
  questionnaire,
  flags,
  locale,
}: {
  questionnaire: Questionnaire;
  flags: readonly AnswerFlag[];
  locale: Locale;
}) {
  if (flags.length === 0 || !usesMeasurementV2(questionnaire)) return null;
  const [t, ts] = await Promise.all([getTranslations("measurement.flags"), getTranslations("resultsSummary")]);
  const { domainName } = displayLabels(questionnaire, locale);
  const statement = (id: string) => {
    const item = questionnaire.items.find((x) => x.id === id);
    return item ? localized(item.statement, locale) : id;
  };
  const label = (value: number) => answerLabel(questionnaire, value, locale);
  const text = (flag: AnswerFlag) => {
    switch (flag.code) {
      case "same-answer-everywhere":
        return t("sameAnswer", { answer: label(flag.answer), count: flag.count });
      case "many-dont-know":
        return t("manyDontKnow", { domain: domainName(flag.domainId), dontKnow: flag.dontKnow, total: flag.total });
      case "twin-contradiction":
        return t("twin", {
          domain: domainName(flag.domainId),
          statement: statement(flag.itemId),
          answer: label(flag.answer),
          twin: statement(flag.twinId),
          twinAnswer: label(flag.twinAnswer),
        });
    }
  };
  return (
    <Card
      as="section"
      aria-labelledby="answer-flags"
      data-testid="answer-flags"
      tone="quiet"
      className="print-avoid-break space-y-2"
    >
      <h2 id="answer-flags" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("lead")}</p>
      <Disclosure summary={ts("showFlags", { count: flags.length })} testId="answer-flags-disclosure">
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
          {flags.map((flag) => (
            <li key={`${flag.code}-${"domainId" in flag ? flag.domainId : ""}-${"itemId" in flag ? flag.itemId : ""}`}>
              {text(flag)}
            </li>
          ))}
        </ul>
      </Disclosure>
    </Card>
  );
}
