import type { Breakdown } from "@/lib/aggregation/index";
import type { LocalizedText, Questionnaire } from "@/lib/questionnaire/schema";

/**
 * The domain's advice on a large gap in one breakdown. A gap between roles is about position (what the board
 * sees versus the shop floor): `gapAdvice`. A gap between teams is about practice differing between teams,
 * so from v3 on it has its own text, `teamGapAdvice`. Questionnaires without it (v1/v2) keep showing
 * `gapAdvice` for teams too, as they always did; undefined means the page's general advice applies.
 */
export function gapAdviceFor(questionnaire: Questionnaire, domainId: string, by: Breakdown): LocalizedText | undefined {
  const domain = questionnaire.domains.find((d) => d.id === domainId);
  if (!domain) return undefined;
  if (by === "team" && domain.teamGapAdvice) return domain.teamGapAdvice;
  return domain.gapAdvice;
}
