import { CompareForm } from "@/components/history/compare-form";
import { scanOptionLabels } from "@/components/history/scan-labels";
import { SeriesNote, SeriesPicker, seriesLabel } from "@/components/history/series-picker";
import { submittedOldestFirst } from "@/lib/history/select-pair";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** Choosing the series and the two scans compared, newest first. */
export async function ComparePickerSection({
  clientId,
  series,
  selected,
  inSeries,
  fromId,
  toId,
  locale,
}: {
  clientId: string;
  series: string[];
  selected: string | undefined;
  inSeries: ClientScan[];
  fromId: string;
  toId: string;
  locale: Locale;
}) {
  const scans = submittedOldestFirst(inSeries).reverse();
  const labels = await scanOptionLabels(scans);
  const options = scans.map((a) => ({ id: a.id, label: labels.get(a.id) ?? a.id }));
  return (
    <>
      {selected && (
        <div className="space-y-2">
          <SeriesPicker action={`/clients/${clientId}/compare`} series={series} selected={selected} locale={locale} />
          {/* With one series there is no picker to name it. */}
          {series.length < 2 && <p className="font-medium text-stone-800">{await seriesLabel(selected, locale)}</p>}
          <SeriesNote series={selected} />
        </div>
      )}
      <CompareForm options={options} firstId={fromId} secondId={toId} series={selected} />
    </>
  );
}
