import { LoopSection } from "@/components/targets/loop-section";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";
import type { ResultsLoop } from "@/lib/server/pages/load-results-loop";

type Domains = Parameters<typeof LoopSection>[0]["domains"];

/** The targets and actions below a results page (self-scan or round), with a link to the client's action list. */
export function ResultsLoopSection({
  questionnaire,
  locale,
  domains,
  loop: { loop, canChange },
}: {
  questionnaire: Questionnaire;
  locale: Locale;
  domains: Domains;
  loop: ResultsLoop;
}) {
  if (!loop) return null;
  return (
    <LoopSection
      questionnaire={questionnaire}
      locale={locale}
      domains={domains}
      loop={loop}
      canChange={canChange}
      actionListHref={loop.clientId ? `/clients/${loop.clientId}/actions` : undefined}
    />
  );
}
