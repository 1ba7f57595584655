import type { LocalizedText, Questionnaire } from "@/lib/questionnaire/schema";

/** A domain's own wording of a level where it has one, otherwise the general level's. */
export function domainLevelText(
  q: Questionnaire,
  domainId: string,
  levelId: string,
): { name: LocalizedText; description: LocalizedText } {
  const domain = q.domains.find((d) => d.id === domainId);
  if (!domain) throw new Error(`unknown domain "${domainId}" in questionnaire "${q.id}"`);
  const level = q.levels.find((l) => l.id === levelId);
  if (!level) throw new Error(`unknown level "${levelId}" in questionnaire "${q.id}"`);
  const specific = domain.levels[levelId];
  return { name: specific?.name ?? level.name, description: specific?.description ?? level.description };
}
