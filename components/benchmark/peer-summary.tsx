import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { GROUP_TYPES, type GroupType, OVERALL } from "@/lib/benchmark/types";
import { displayScore, formatScore } from "@/lib/display/score";
import type { ScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";

type Shown = Extract<ScanBenchmark, { state: "on" }>;

/** The two marker shapes, as drawn on the bars (components/results/score-bar.tsx). */
function MedianGlyph() {
  return <span aria-hidden="true" className="inline-block h-3.5 w-[3px] rounded-sm bg-stone-900 align-middle" />;
}
function QuartileGlyph() {
  return (
    <span aria-hidden="true" className="text-[11px] leading-none text-stone-900">
      ▼
    </span>
  );
}

/**
 * A scan against its peers: which group (with the fall-back said in words), the overall median, top quartile
 * and percentile, how to read the markers on the domain bars, and a choice of group (sector, size band, all).
 * Below the minimum: "too few peers to compare", nothing else.
 */
export async function PeerSummary({
  benchmark,
  hrefFor,
  headingLevel = 2,
  children,
}: {
  benchmark: Shown;
  /** Shown under the overall figures when a group is shown (the client page's table per domain). */
  children?: React.ReactNode;
  /** The same page with another group chosen. */
  hrefFor: (group: GroupType) => string;
  headingLevel?: 2 | 3;
}) {
  const [t, ts, tb] = await Promise.all([
    getTranslations("benchmark.peers"),
    getTranslations("sectors"),
    getTranslations("sizeBands"),
  ]);
  const { comparison } = benchmark;
  const sector = ts(benchmark.sector as "other");
  const size = tb(benchmark.sizeBand as "1-9");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const overall = comparison.shown ? comparison.metrics[OVERALL] : undefined;

  let group: string | null = null;
  if (comparison.shown) {
    const count = comparison.peers;
    if (!comparison.fellBack)
      group =
        comparison.groupType === "sector"
          ? t("shownSector", { sector, count })
          : comparison.groupType === "size"
            ? t("shownSize", { size, count })
            : t("shownAll", { count });
    else
      group =
        comparison.requested === "size" ? t("fellBackSize", { size, count }) : t("fellBackSector", { sector, count });
  }

  return (
    <Card
      as="section"
      id="peers"
      aria-labelledby="peers-title"
      data-testid="peer-summary"
      className="print-avoid-break space-y-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <Heading id="peers-title" className="text-lg font-semibold">
          {t("title")}
        </Heading>
        <nav aria-label={t("groupPicker")} className="no-print">
          <ul className="flex flex-wrap gap-1 rounded-lg bg-stone-100 p-1 text-sm">
            {GROUP_TYPES.map((type) => {
              const current = comparison.requested === type;
              return (
                <li key={type}>
                  <Link
                    href={hrefFor(type)}
                    scroll={false}
                    aria-current={current ? "true" : undefined}
                    className={`inline-block rounded-md px-3 py-1.5 font-medium ${
                      current
                        ? "bg-white text-brand-800 shadow-sm ring-1 ring-stone-300"
                        : "text-stone-700 hover:bg-white"
                    }`}
                  >
                    {t(`group.${type}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>

      {comparison.shown && overall ? (
        <>
          <p data-testid="peer-group" className={comparison.fellBack ? "text-amber-900" : "text-stone-800"}>
            {group}
          </p>
          <div className="space-y-1.5">
            <p className="text-sm font-semibold text-stone-700">{t("overall")}</p>
            <dl className="grid grid-cols-3 gap-3">
              <Figure label={t("median")} glyph={<MedianGlyph />}>
                {displayScore(overall.median)}
              </Figure>
              <Figure label={t("p75")} glyph={<QuartileGlyph />}>
                {displayScore(overall.p75)}
              </Figure>
              <Figure label={t("percentile")}>{formatScore(overall.percentile, t("notScored"))}</Figure>
            </dl>
          </div>
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
            <li className="flex items-center gap-2">
              <MedianGlyph />
              {t("legendMedian")}
            </li>
            <li className="flex items-center gap-2">
              <QuartileGlyph />
              {t("legendP75")}
            </li>
          </ul>
          {children}
          <p className="text-sm text-stone-600">{t("percentileHelp")}</p>
        </>
      ) : (
        <div data-testid="peer-too-few" className="rounded-lg border border-dashed border-stone-300 bg-stone-50 p-4">
          <p className="font-semibold text-stone-800">{t("tooFew")}</p>
          <p className="mt-1 text-sm text-stone-700">
            {t("tooFewHelp", { min: "minPeers" in comparison ? comparison.minPeers : 5 })}
          </p>
        </div>
      )}
      <p className="text-xs text-stone-600">{benchmark.scanKind === "team" ? t("basisTeam") : t("basisSelf")}</p>
    </Card>
  );
}

function Figure({ label, glyph, children }: { label: string; glyph?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 px-3 py-2">
      <dt className="flex items-center gap-1.5 text-xs font-semibold text-stone-600">
        {glyph}
        {label}
      </dt>
      <dd className="mt-0.5 text-xl font-bold tabular-nums text-stone-900">{children}</dd>
    </div>
  );
}
