import { localized } from "@/lib/i18n/localized";
import type { Locale, Questionnaire } from "@/lib/questionnaire/schema";

/** A level as shown: its name in the page's language and its rank (0 = lowest), which colours its badge. */
export type LevelLabel = { id: string; name: string; rank: number };

/** How domains and levels are named on screen; every page and component asks these instead of looking up itself. */
export type DisplayLabels = {
  /** The domain's name; its id when no questionnaire knows it (a domain dropped in a newer version). */
  domainName: (id: string) => string;
  /** The level's name; its id when unknown, "" when there is no level (no score). */
  levelName: (id: string | null | undefined) => string;
  /** Name and rank; null when there is no level. An unknown id keeps its id as name and rank -1. */
  level: (id: string | null | undefined) => LevelLabel | null;
};

type Source = Questionnaire | null | undefined;

/**
 * Labels from one questionnaire, or from several in order of preference (comparing two scans: the later
 * version's wording first, the earlier one for domains only it has).
 */
export function displayLabels(source: Source | ReadonlyArray<Source>, locale: Locale): DisplayLabels {
  const questionnaires = (Array.isArray(source) ? source : [source]).filter((q): q is Questionnaire => Boolean(q));
  const level = (id: string | null | undefined): LevelLabel | null => {
    if (id === null || id === undefined) return null;
    for (const q of questionnaires) {
      const rank = q.levels.findIndex((l) => l.id === id);
      const found = q.levels[rank];
      if (found) return { id, name: localized(found.name, locale), rank };
    }
    return { id, name: id, rank: -1 };
  };
  return {
    domainName: (id) => {
      for (const q of questionnaires) {
        const domain = q.domains.find((d) => d.id === id);
        if (domain) return localized(domain.name, locale);
      }
      return id;
    },
    levelName: (id) => level(id)?.name ?? "",
    level,
  };
}
