import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import { PrintButton } from "@/components/ui/print-button";

/** The self-scan's results link to pass on, and printing; neither is printed itself. */
export async function ShareSection({ url }: { url: string }) {
  const t = await getTranslations("results");
  return (
    <Card as="section" aria-labelledby="share" className="no-print space-y-4">
      <h2 id="share" className="text-lg font-semibold">
        {t("shareTitle")}
      </h2>
      <CopyLink url={url} label={t("shareLabel")} hint={t("shareHint")} />
      <PrintButton label={t("print")} />
    </Card>
  );
}
