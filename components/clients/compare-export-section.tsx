import { getTranslations } from "next-intl/server";
import { ClientCardSection } from "@/components/clients/client-card-section";
import { CompareForm } from "@/components/clients/compare-form";
import { ExportLinks } from "@/components/clients/export-links";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** Comparing two scans of the series on screen, and downloading the client's data. */
export async function CompareExportSection({
  clientId,
  inSeries,
  selected,
  locale,
  hasScans,
}: {
  clientId: string;
  /** Without any scan there is nothing to export: the links wait, and the card says why. */
  hasScans: boolean;
  inSeries: ClientScan[];
  selected: string | undefined;
  locale: Locale;
}) {
  const t = await getTranslations("clients");
  return (
    <div className="no-print grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
      <ClientCardSection id="compare" title={t("compare.title")} lead={t("compare.lead")}>
        <CompareForm
          clientId={clientId}
          submitted={inSeries.filter((a) => a.status === "submitted")}
          series={selected}
          locale={locale}
        />
      </ClientCardSection>
      <ClientCardSection id="export" title={t("export.title")} lead={t("export.lead")}>
        {hasScans ? (
          <ExportLinks clientId={clientId} />
        ) : (
          <p className="text-stone-700" data-testid="export-none">
            {t("export.none")}
          </p>
        )}
      </ClientCardSection>
    </div>
  );
}
