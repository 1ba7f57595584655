import { getTranslations } from "next-intl/server";
import { ScanHistory } from "@/components/clients/scan-history";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** Every scan of the client, with its links. */
export async function ClientHistorySection({
  name,
  scans,
  locale,
  origin,
}: {
  name: string;
  scans: ClientScan[];
  locale: Locale;
  origin: string;
}) {
  const t = await getTranslations("clients.history");
  return (
    <section aria-labelledby="history" className="space-y-4">
      <h2 id="history" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ScanHistory name={name} scans={scans} locale={locale} origin={origin} />
    </section>
  );
}
