import type { MirrorQuestionnaire, MirrorQuestionnaireItem } from "@/lib/questionnaire/mirror-schema";
import type { Item, Questionnaire } from "@/lib/questionnaire/schema";

export type MirroredStatement = {
  domainId: string;
  /** The customer's statement. */
  mirror: MirrorQuestionnaireItem;
  /** The internal statements of the paired full scan it mirrors, in the order the mirror names them. */
  internal: Item[];
};

/**
 * The customer's statements beside the internal ones they mirror (issue 19 §3, "per mirrored statement"), in
 * the mirror's order. The registry has checked that every id exists in the same domain of the paired scan;
 * an id the given scan lacks (another version) is left out rather than guessed.
 */
export function pairStatements(mirror: MirrorQuestionnaire, full: Questionnaire): MirroredStatement[] {
  const byId = new Map(full.items.map((item) => [item.id, item]));
  return mirror.items.map((item) => ({
    domainId: item.domain,
    mirror: item,
    internal: item.mirrors.flatMap((id) => {
      const found = byId.get(id);
      return found && found.domain === item.domain ? [found] : [];
    }),
  }));
}
