import { getTranslations } from "next-intl/server";
import { AttachForm } from "@/components/clients/attach-form";
import { ClientCardSection } from "@/components/clients/client-card-section";
import { ScanMailList } from "@/components/clients/scan-mail-list";
import { type ScanKindOption, StartScanForm } from "@/components/clients/start-scan-form";
import type { MailStatus } from "@/lib/mail/mail-status";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { createToken } from "@/lib/security/tokens";

/** New self-scans for an active client: start one (and follow its mail), or attach one made elsewhere. */
export async function NewScanSection({
  client,
  mailedScans,
  mailOn,
}: {
  client: { id: string; name: string };
  mailedScans: Array<{ scanId: string; createdAt: Date; mail: MailStatus }>;
  mailOn: boolean;
}) {
  const t = await getTranslations("clients");
  const kinds: ScanKindOption[] = (["full", "quick"] as const).flatMap((kind) => {
    const questionnaire = getLatestByKind(kind);
    return questionnaire ? [{ kind, items: questionnaire.items.length, minutes: questionnaire.estimatedMinutes }] : [];
  });
  return (
    <div className="no-print grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
      <ClientCardSection id="start-scan" title={t("scan.title")} lead={t("scan.lead", { name: client.name })}>
        <StartScanForm clientId={client.id} kinds={kinds} submitKey={createToken()} mailOn={mailOn} />
        <ScanMailList clientId={client.id} scans={mailedScans} mailOn={mailOn} />
      </ClientCardSection>
      <ClientCardSection id="attach-scan" title={t("attach.title")} lead={t("attach.lead", { name: client.name })}>
        <AttachForm clientId={client.id} />
      </ClientCardSection>
    </div>
  );
}
