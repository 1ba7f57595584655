import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/**
 * The open answers, for the organiser only: shuffled on every load, with no customer group or date, and only
 * once enough customers answered. The shared results link never renders this section.
 */
export async function MirrorOpenAnswersSection({ answers, shown }: { answers: string[]; shown: boolean }) {
  const t = await getTranslations("mirrorResults.open");
  return (
    <Card as="section" aria-labelledby="mirror-open" className="space-y-3" data-testid="mirror-open-answers">
      <h2 id="mirror-open" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("lead")}</p>
      {!shown ? (
        <p className="text-stone-600">{t("tooFew")}</p>
      ) : answers.length === 0 ? (
        <p className="text-stone-600">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {answers.map((answer, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: two customers may write the same words
              key={index}
              className="whitespace-pre-line rounded-lg border-l-4 border-stone-300 bg-stone-50 px-3 py-2"
            >
              {answer}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
