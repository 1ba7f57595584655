import { getTranslations } from "next-intl/server";

/** Answer, score, act: the three steps, and what happens to the answers. */
export async function HowItWorksSection() {
  const t = await getTranslations("landing");
  return (
    <section aria-labelledby="how" className="space-y-4">
      <h2 id="how" className="text-xl font-semibold">
        {t("howTitle")}
      </h2>
      <ol className="grid gap-3 sm:grid-cols-3">
        {(["answer", "score", "act"] as const).map((step, index) => (
          <li key={step} className="rounded-lg bg-brand-50 p-4">
            <p className="font-semibold text-brand-800">
              {index + 1}. {t(`how.${step}.title`)}
            </p>
            <p className="mt-1 text-sm text-stone-700">{t(`how.${step}.text`)}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-stone-600">{t("privacy")}</p>
    </section>
  );
}
