import { getTranslations } from "next-intl/server";

/** Shown on every way into a closed round: nothing more is stored. */
export async function RoundClosedNotice() {
  const t = await getTranslations("round.closed");
  return (
    <section aria-labelledby="round-closed" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-5">
      <h2 id="round-closed" className="text-lg font-semibold text-amber-950">
        {t("title")}
      </h2>
      <p className="text-amber-950">{t("text")}</p>
    </section>
  );
}
