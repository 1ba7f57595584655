import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** A round's results link before the round closed: nothing to show yet. */
export async function RoundNotClosedSection() {
  const t = await getTranslations("round.results");
  return (
    <Card as="section" aria-labelledby="not-yet" padding="lg" className="space-y-2">
      <h2 id="not-yet" className="text-lg font-semibold">
        {t("notClosedTitle")}
      </h2>
      <p className="text-stone-700">{t("notClosedText")}</p>
    </Card>
  );
}
