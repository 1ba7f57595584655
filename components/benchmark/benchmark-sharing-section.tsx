import { getTranslations } from "next-intl/server";
import { OptInForm } from "@/components/benchmark/opt-in-form";
import { Card } from "@/components/ui/card";

/** What taking part shares, whether this workspace does, and (for an owner) the switch. */
export async function BenchmarkSharingSection({ optIn, owner, min }: { optIn: boolean; owner: boolean; min: number }) {
  const t = await getTranslations("benchmark.page");
  return (
    <Card as="section" aria-labelledby="shared" className="max-w-3xl space-y-3">
      <h2 id="shared" className="text-lg font-semibold">
        {t("sharedTitle")}
      </h2>
      <ul className="list-disc space-y-1.5 pl-5 text-stone-700">
        <li>{t("shared1")}</li>
        <li>{t("shared2")}</li>
        <li>{t("shared3", { min })}</li>
        <li>{t("shared4")}</li>
      </ul>
      <p className="text-stone-700">{t("giveToGet")}</p>
      <p data-testid="opt-in-status" className="font-semibold text-stone-900">
        {optIn ? t("statusOn") : t("statusOff")}
      </p>
      {owner ? <OptInForm optIn={optIn} /> : <p className="text-stone-700">{t("ownerDecides")}</p>}
    </Card>
  );
}
