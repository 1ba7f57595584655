import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";

/** A quick scan's result is an indication: say so plainly and invite to the full scan. */
export async function IndicativeBanner({ indicative }: { indicative: boolean }) {
  if (!indicative) return null;
  const t = await getTranslations("measurement.indicative");
  return (
    <Card
      as="section"
      aria-labelledby="indicative-title"
      data-testid="indicative-banner"
      tone="notice"
      className="print-avoid-break space-y-3 text-amber-950"
    >
      <h2 id="indicative-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{t("text")}</p>
      <Link href="/scan/new?type=full" className={`no-print inline-block ${PRIMARY_BUTTON}`}>
        {t("cta")}
      </Link>
    </Card>
  );
}
