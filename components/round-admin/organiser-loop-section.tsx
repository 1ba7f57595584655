import { LoopSection } from "@/components/targets/loop-section";
import { RecommendationPicks } from "@/components/targets/recommendation-picks";
import { TargetReview } from "@/components/targets/target-review";
import type { Locale } from "@/lib/questionnaire/schema";
import type { OrganiserPageData } from "@/lib/server/pages/load-organiser-page";

/** Targets and actions on the organiser page once the closed round shows results. */
export function OrganiserLoopSection({
  round,
  token,
  locale,
  loop: { shown, loop, canChange },
}: {
  round: OrganiserPageData["round"];
  token: string;
  locale: Locale;
  loop: NonNullable<OrganiserPageData["loop"]>;
}) {
  return (
    <div className="space-y-8 border-t border-stone-200 pt-8" data-testid="organiser-loop">
      <TargetReview
        questionnaire={round.questionnaire}
        locale={locale}
        domains={shown.domains}
        previous={loop.previous}
      />
      <LoopSection
        questionnaire={round.questionnaire}
        locale={locale}
        domains={shown.domains}
        loop={loop}
        canChange={canChange}
        organiserToken={canChange && !round.clientId ? token : undefined}
        actionListHref={loop.clientId ? `/clients/${loop.clientId}/actions` : undefined}
      />
      {canChange && (
        <RecommendationPicks
          questionnaire={round.questionnaire}
          aggregate={shown}
          locale={locale}
          scanId={round.id}
          organiserToken={!round.clientId ? token : undefined}
          agreed={new Set(loop.actions.map((a) => a.recommendationId))}
        />
      )}
    </div>
  );
}
