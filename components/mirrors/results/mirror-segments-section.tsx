import { getTranslations } from "next-intl/server";
import { formatDecimal } from "@/components/mirrors/results/mirror-format";
import { Card } from "@/components/ui/card";
import { TableRegion } from "@/components/ui/table-region";
import { displayLabels } from "@/lib/display/labels";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

/** Per customer group, where shown: outside score per domain, NPS and mark. A hidden group shows no figure. */
export async function MirrorSegmentsSection({ results, locale }: { results: MirrorResults; locale: Locale }) {
  const [t, ta] = await Promise.all([
    getTranslations("mirrorResults.segments"),
    getTranslations("mirrorResults.appreciation"),
  ]);
  const { aggregate } = results;
  if (!aggregate?.shown || aggregate.groups.length === 0) return null;
  const { domainName } = displayLabels(results.paired, locale);
  const shown = aggregate.groups.filter((g) => g.shown);
  return (
    <section aria-labelledby="mirror-segments" className="print-avoid-break space-y-3">
      <h2 id="mirror-segments" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {shown.length > 0 && (
        <TableRegion label={t("caption")} className="rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-stone-200 text-left">
                <th scope="col" className="p-2">
                  {t("group")}
                </th>
                {aggregate.domains.map((d) => (
                  <th key={d.domainId} scope="col" className="p-2">
                    {domainName(d.domainId)}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  {ta("npsTitle")}
                </th>
                <th scope="col" className="p-2">
                  {ta("markTitle")}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((g) => (
                <tr key={g.key} className="border-b border-stone-100" data-testid="mirror-segment">
                  <th scope="row" className="p-2 text-left font-medium">
                    {g.key}{" "}
                    <span className="font-normal text-stone-600">
                      ({t("respondents", { count: g.respondents ?? 0 })})
                    </span>
                  </th>
                  {aggregate.domains.map((d) => {
                    const gd = g.domains?.find((x) => x.domainId === d.domainId);
                    return (
                      <td key={d.domainId} className="p-2 tabular-nums">
                        {gd?.shown ? formatScore(gd.score) : "–"}
                      </td>
                    );
                  })}
                  <td className="p-2 tabular-nums">
                    {g.nps?.score != null
                      ? `${formatDecimal(g.nps.score, locale)} (± ${formatDecimal(g.nps.margin90 ?? 0, locale)})`
                      : "–"}
                  </td>
                  <td className="p-2 tabular-nums">
                    {g.mark?.mean != null ? formatDecimal(g.mark.mean, locale) : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {aggregate.groups
        .filter((g) => !g.shown)
        .map((g) => (
          <Card key={g.key} tone="missing" padding="sm">
            <p>
              <span className="font-medium">{g.key}</span>: {t("hidden")}
            </p>
          </Card>
        ))}
    </section>
  );
}
