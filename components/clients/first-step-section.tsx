import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/**
 * A client without scans: one calm next step instead of empty cards. It points to the two ways to start, further
 * down the page, and says that actions, comparisons and exports follow from a first scan.
 */
export async function FirstStepSection({ name, canStart }: { name: string; canStart: boolean }) {
  const t = await getTranslations("clients.firstStep");
  const link = "font-semibold text-brand-800 underline underline-offset-2";
  return (
    <Card as="section" aria-labelledby="first-step" className="no-print space-y-2" data-testid="client-first-step">
      <h2 id="first-step" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead", { name })}</p>
      {canStart && (
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href="#start-scan" className={link}>
              {t("selfScan")}
            </a>
          </li>
          <li>
            <a href="#rounds" className={link}>
              {t("round")}
            </a>
          </li>
        </ul>
      )}
      <p className="text-sm text-stone-600">{t("after")}</p>
    </Card>
  );
}
