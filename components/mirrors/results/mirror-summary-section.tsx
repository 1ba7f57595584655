import { getFormatter, getTranslations } from "next-intl/server";
import { formatDecimal, formatGap, largestOf } from "@/components/mirrors/results/mirror-format";
import { Card } from "@/components/ui/card";
import { displayLabels } from "@/lib/display/labels";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

/**
 * The first screen: who was asked, how many answered and how (per way in), where the inside view comes from,
 * the largest blind spot and hidden strength in one sentence each, and NPS and report mark.
 */
export async function MirrorSummarySection({ results, locale }: { results: MirrorResults; locale: Locale }) {
  const [t, ti, format] = await Promise.all([
    getTranslations("mirrorResults.summary"),
    getTranslations("mirrorResults.inside"),
    getFormatter(),
  ]);
  const { aggregate, counts, inside, mirror } = results;
  const { domainName } = displayLabels(results.paired, locale);
  const blind = aggregate?.shown ? largestOf(aggregate.domains, "blind-spot") : null;
  const hidden = aggregate?.shown ? largestOf(aggregate.domains, "hidden-strength") : null;
  const insideText = inside.available
    ? inside.kind === "self"
      ? ti("self")
      : ti(inside.kind, { count: inside.respondents, team: mirror.team ?? "" })
    : ti(inside.reason, { team: mirror.team ?? "" });
  return (
    <Card as="section" aria-labelledby="mirror-summary" padding="lg" className="print-avoid-break space-y-3">
      <h2 id="mirror-summary" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-lg" data-testid="mirror-customers">
        {t("customers", { count: counts.total })}
      </p>
      <p className="text-sm text-stone-700">
        {t("ways", { public: counts.public, personal: counts.personal, kiosk: counts.kiosk })}
      </p>
      {mirror.closedAt && (
        <p className="text-sm text-stone-700">
          {t("closedOn", { date: format.dateTime(mirror.closedAt, { dateStyle: "long" }) })}
        </p>
      )}
      <p className="text-stone-700" data-testid="mirror-inside-source">
        {insideText}
      </p>
      {aggregate && !aggregate.shown && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          {t("tooFew", { min: aggregate.minGroupSize })}
        </p>
      )}
      {aggregate?.shown && (
        <ul className="space-y-2">
          <li data-testid="summary-blind-spot">
            {blind && blind.inside !== null && blind.score !== null && blind.gap !== null
              ? t("blindSpot", {
                  domain: domainName(blind.domainId),
                  inside: formatScore(blind.inside),
                  outside: formatScore(blind.score),
                  gap: formatGap(blind.gap),
                })
              : t("noBlindSpot")}
          </li>
          <li data-testid="summary-hidden-strength">
            {hidden && hidden.inside !== null && hidden.score !== null && hidden.gap !== null
              ? t("hiddenStrength", {
                  domain: domainName(hidden.domainId),
                  inside: formatScore(hidden.inside),
                  outside: formatScore(hidden.score),
                  gap: formatGap(hidden.gap),
                })
              : t("noHiddenStrength")}
          </li>
          {aggregate.nps?.score !== null && aggregate.nps?.score !== undefined && (
            <li>
              {t("nps", {
                score: formatDecimal(aggregate.nps.score, locale),
                margin: formatDecimal(aggregate.nps.margin90 ?? 0, locale),
              })}
            </li>
          )}
          {aggregate.mark?.mean !== null && aggregate.mark?.mean !== undefined && (
            <li>{t("mark", { mean: formatDecimal(aggregate.mark.mean, locale) })}</li>
          )}
        </ul>
      )}
    </Card>
  );
}
