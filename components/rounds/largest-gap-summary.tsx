import { getTranslations } from "next-intl/server";
import { getGroupLabel } from "@/components/rounds/group-label";
import { Card } from "@/components/ui/card";
import type { RoundAggregate } from "@/lib/aggregation";
import { gapSentenceValues } from "@/lib/aggregation/gap-table";
import { displayLabels } from "@/lib/display/labels";
import { displayScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * The round's largest perception gap on its summary screen, and whether it is beyond its margin. Gaps only
 * exist between shown groups, so this shows nothing the gaps section does not; no gap, no card.
 */
export async function LargestGapSummary({
  questionnaire,
  aggregate,
  locale,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
}) {
  const gap = aggregate.shown ? aggregate.gaps[0] : undefined;
  if (!gap) return null;
  const [t, tg, label] = await Promise.all([
    getTranslations("resultsSummary"),
    getTranslations("rounds.gaps"),
    getGroupLabel(aggregate),
  ]);
  const { domainName } = displayLabels(questionnaire, locale);
  const values = gapSentenceValues(gap, { groupLabel: (key) => label(gap.by, key), domainName });
  return (
    <Card
      as="section"
      aria-labelledby="largest-gap"
      padding="sm"
      tone={gap.flagged ? "notice" : "plain"}
      className="print-avoid-break space-y-2 print:bg-white"
      data-testid="largest-gap"
    >
      <h2 id="largest-gap" className="font-semibold">
        {t("gapTitle")}
      </h2>
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-600">
        {gap.by === "role" ? tg("byRole") : tg("byTeam")}
        {gap.flagged && <span className="text-amber-900"> · {tg("flagged")}</span>}
      </p>
      <p className="text-stone-900">{tg("sentence", values)}</p>
      {gap.margin !== null && gap.beyondMargin !== null && (
        <p className="text-sm text-stone-700">
          {t(gap.beyondMargin ? "gapBeyond" : "gapWithin", { margin: displayScore(gap.margin) })}
        </p>
      )}
      <p className="no-print text-sm">
        <a href="#round-gaps" className="font-medium text-brand-800 underline underline-offset-2">
          {t("allGaps")}
        </a>
      </p>
    </Card>
  );
}
