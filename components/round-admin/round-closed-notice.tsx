import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** Shown on every way into a closed round: nothing more is stored. */
export async function RoundClosedNotice() {
  const t = await getTranslations("round.closed");
  return (
    <Card as="section" aria-labelledby="round-closed" tone="notice" className="space-y-2">
      <h2 id="round-closed" className="text-lg font-semibold text-amber-950">
        {t("title")}
      </h2>
      <p className="text-amber-950">{t("text")}</p>
    </Card>
  );
}
