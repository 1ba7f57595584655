import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";

/** Fewer than two submitted scans in the series: nothing to compare yet. */
export async function CompareTooFewSection({ client, count }: { client: { id: string; name: string }; count: number }) {
  const t = await getTranslations("compare");
  return (
    <Card as="section" aria-labelledby="too-few" padding="lg" className="space-y-3">
      <h2 id="too-few" className="text-lg font-semibold">
        {t("tooFewTitle")}
      </h2>
      <p className="text-stone-700">{t("tooFew", { client: client.name, count })}</p>
      <Link href={`/clients/${client.id}`} className={`${PRIMARY_BUTTON} inline-block`}>
        {t("back", { client: client.name })}
      </Link>
    </Card>
  );
}
