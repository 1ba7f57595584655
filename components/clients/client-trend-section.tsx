import { ClientBenchmark } from "@/components/benchmark/client-benchmark";
import { ClientTrend } from "@/components/history/client-trend";
import { SeriesNote, SeriesPicker, seriesLabel } from "@/components/history/series-picker";
import type { GroupType } from "@/lib/benchmark/types";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientScan } from "@/lib/server/clients/client-scans";

/** One series of the client's scans: the picker, its trend, and its latest result against peers. */
export async function ClientTrendSection({
  client,
  series,
  selected,
  inSeries,
  requested,
  locale,
}: {
  client: { id: string; name: string };
  series: string[];
  selected: string;
  inSeries: ClientScan[];
  requested: GroupType;
  locale: Locale;
}) {
  // The benchmark shows the latest result of the series on screen (scans come oldest first).
  const latestInSeries = inSeries.filter((a) => a.status === "submitted").at(-1);
  const peersHref = (group: string) =>
    `/clients/${client.id}?${new URLSearchParams({ series: selected, peers: group })}#peers`;
  return (
    <div className="space-y-3">
      <SeriesPicker action={`/clients/${client.id}`} series={series} selected={selected} locale={locale} />
      <ClientTrend
        clientId={client.id}
        scans={inSeries}
        locale={locale}
        subtitle={await seriesLabel(selected, locale)}
        note={<SeriesNote series={selected} />}
      />
      {latestInSeries && (
        <ClientBenchmark
          name={client.name}
          scan={latestInSeries}
          requested={requested}
          hrefFor={peersHref}
          locale={locale}
        />
      )}
    </div>
  );
}
