import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";

/** A brand-new workspace: what the dashboard is for, and the first client to add. */
export async function DashboardEmptySection() {
  const t = await getTranslations("dashboard");
  return (
    <Card as="section" aria-labelledby="empty-title" padding="lg" className="space-y-4 sm:p-8">
      <h2 id="empty-title" className="text-xl font-semibold">
        {t("empty.title")}
      </h2>
      <p className="max-w-2xl text-stone-700">{t("empty.text")}</p>
      <Link href="/clients/new" className={`${PRIMARY_BUTTON} inline-flex`}>
        {t("empty.action")}
      </Link>
    </Card>
  );
}
