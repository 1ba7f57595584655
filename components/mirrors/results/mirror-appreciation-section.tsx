import { getTranslations } from "next-intl/server";
import { formatDecimal } from "@/components/mirrors/results/mirror-format";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import type { MirrorMark, MirrorNps } from "@/lib/mirror/types";

/** NPS with promoters, passives and detractors and its 90% margin; the report mark's mean and distribution. */
export async function MirrorAppreciationSection({
  nps,
  mark,
  askNps,
  askMark,
  locale,
}: {
  nps: MirrorNps | null;
  mark: MirrorMark | null;
  askNps: boolean;
  askMark: boolean;
  locale: Locale;
}) {
  const t = await getTranslations("mirrorResults.appreciation");
  if (!askNps && !askMark) return null;
  return (
    <section aria-labelledby="mirror-appreciation" className="space-y-4">
      <h2 id="mirror-appreciation" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <Card
          as="section"
          aria-labelledby="mirror-nps"
          className="print-avoid-break space-y-2"
          data-testid="mirror-nps"
        >
          <h3 id="mirror-nps" className="font-semibold">
            {t("npsTitle")}
          </h3>
          {!askNps ? (
            <p className="text-stone-600">{t("notAsked")}</p>
          ) : nps?.score === null || nps?.score === undefined ? (
            <p className="text-stone-600">{t("tooFew")}</p>
          ) : (
            <>
              <p className="text-3xl font-semibold tabular-nums" data-testid="nps-value">
                {t("npsValue", {
                  score: formatDecimal(nps.score, locale),
                  margin: formatDecimal(nps.margin90 ?? 0, locale),
                })}
              </p>
              <p className="text-sm text-stone-700">{t("npsLead")}</p>
              <dl className="grid grid-cols-3 gap-2 text-center text-sm">
                {(["promoters", "passives", "detractors"] as const).map((key) => (
                  <div key={key}>
                    <dt className="text-stone-600">{t(key)}</dt>
                    <dd className="text-lg font-semibold tabular-nums" data-testid={`nps-${key}`}>
                      {nps[key] ?? "–"}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="text-sm text-stone-700">
                {t("respondents", { count: nps.respondents })} ·{" "}
                {t("npsMargin", { margin: formatDecimal(nps.margin90 ?? 0, locale) })}
              </p>
            </>
          )}
        </Card>
        <Card
          as="section"
          aria-labelledby="mirror-mark"
          className="print-avoid-break space-y-2"
          data-testid="mirror-mark"
        >
          <h3 id="mirror-mark" className="font-semibold">
            {t("markTitle")}
          </h3>
          {!askMark ? (
            <p className="text-stone-600">{t("notAsked")}</p>
          ) : mark?.mean === null || mark?.mean === undefined ? (
            <p className="text-stone-600">{t("tooFew")}</p>
          ) : (
            <>
              <p className="text-3xl font-semibold tabular-nums" data-testid="mark-value">
                {t("markValue", { mean: formatDecimal(mark.mean, locale) })}
              </p>
              <p className="text-sm text-stone-700">{t("respondents", { count: mark.respondents })}</p>
              {mark.distribution && <MarkDistribution distribution={mark.distribution} />}
            </>
          )}
        </Card>
      </div>
    </section>
  );
}

/** Marks 1–10 as small bars with their counts in a table (the numbers are in the table, not only the bars). */
async function MarkDistribution({ distribution }: { distribution: number[] }) {
  const t = await getTranslations("mirrorResults.appreciation");
  const max = Math.max(1, ...distribution);
  return (
    <table className="w-full text-sm">
      <caption className="mb-1 text-left text-stone-700">{t("markCaption")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("mark")}</th>
          <th scope="col">{t("count")}</th>
        </tr>
      </thead>
      <tbody>
        {distribution.map((count, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the mark itself (1..10)
          <tr key={index}>
            <th scope="row" className="w-8 pr-2 text-right font-normal tabular-nums">
              {index + 1}
            </th>
            <td className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block h-3 rounded-sm bg-brand-700 print:border print:border-stone-700"
                style={{ width: `${(count / max) * 70}%`, printColorAdjust: "exact" }}
              />
              <span className="tabular-nums">{count}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
