import { getTranslations } from "next-intl/server";
import { AgreeButton } from "@/components/targets/agree-button";
import { Card } from "@/components/ui/card";
import { domainResultsFromRound, type RoundAggregate } from "@/lib/aggregation";
import { displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { prioritiseRecommendations } from "@/lib/scoring/prioritise-recommendations";

/**
 * The round's action plan in short (titles, the same order as on the results), each with "agree as an action":
 * for the organiser page, where the organiser of a round without a client agrees actions.
 */
export async function RecommendationPicks({
  questionnaire,
  aggregate,
  locale,
  scanId,
  organiserToken,
  agreed,
}: {
  questionnaire: Questionnaire;
  aggregate: RoundAggregate;
  locale: Locale;
  scanId: string;
  organiserToken?: string;
  agreed: ReadonlySet<string | null>;
}) {
  const t = await getTranslations("loop.picks");
  const plan = prioritiseRecommendations(questionnaire, domainResultsFromRound(questionnaire, aggregate));
  if (plan.length === 0) return null;
  const { domainName } = displayLabels(questionnaire, locale);
  return (
    <section aria-labelledby="loop-picks" className="space-y-3" data-testid="recommendation-picks">
      <div className="space-y-1">
        <h2 id="loop-picks" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <ol className="space-y-2">
        {plan.map((r) => (
          <Card as="li" key={r.recommendation.id} padding="sm">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{domainName(r.domainId)}</p>
            <h3 className="font-semibold">{localized(r.recommendation.title, locale)}</h3>
            <AgreeButton
              scanId={scanId}
              organiserToken={organiserToken}
              recommendationId={r.recommendation.id}
              title={localized(r.recommendation.title, locale)}
              agreed={agreed.has(r.recommendation.id)}
            />
          </Card>
        ))}
      </ol>
    </section>
  );
}
