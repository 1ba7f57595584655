import { getTranslations } from "next-intl/server";
import { ArchiveControl } from "@/components/clients/archive-control";
import { Card } from "@/components/ui/card";

/** An archived client says so at the top, with the way back. */
export async function ArchivedNoticeSection({ clientId, name }: { clientId: string; name: string }) {
  const t = await getTranslations("clients.archive");
  return (
    <Card as="section" aria-labelledby="archived-notice" tone="notice" className="space-y-3">
      <h2 id="archived-notice" className="font-semibold text-amber-950">
        {t("badge")}
      </h2>
      <p className="text-amber-950">{t("notice")}</p>
      <ArchiveControl clientId={clientId} name={name} archived />
    </Card>
  );
}
