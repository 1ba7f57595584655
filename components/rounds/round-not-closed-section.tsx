import { getTranslations } from "next-intl/server";

/** A round's results link before the round closed: nothing to show yet. */
export async function RoundNotClosedSection() {
  const t = await getTranslations("round.results");
  return (
    <section aria-labelledby="not-yet" className="space-y-2 rounded-xl border border-stone-200 bg-white p-6">
      <h2 id="not-yet" className="text-lg font-semibold">
        {t("notClosedTitle")}
      </h2>
      <p className="text-stone-700">{t("notClosedText")}</p>
    </section>
  );
}
