import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** On the client page: how many agreed actions are open and overdue, and the way to the action list. */
export async function ClientActionsCard({
  clientId,
  counts,
}: {
  clientId: string;
  counts: { total: number; open: number; overdue: number };
}) {
  const t = await getTranslations("loop.list");
  return (
    <Card as="section" aria-labelledby="client-actions" className="no-print space-y-2">
      <h2 id="client-actions" className="text-lg font-semibold">
        {t("clientTitle")}
      </h2>
      <p className="text-stone-700">
        {counts.total === 0 ? t("noneAtAll") : t("clientLead", { open: counts.open, overdue: counts.overdue })}
      </p>
      <Link
        href={`/clients/${clientId}/actions`}
        className="inline-flex font-medium text-brand-800 underline underline-offset-2"
      >
        {t("clientLink")}
      </Link>
    </Card>
  );
}
