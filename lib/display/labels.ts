import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Questionnaire } from "@/lib/questionnaire/schema";

/**
 * A level as shown: name and description in the page's language, and its rank (0 = lowest), which colours
 * its badge.
 */
export type LevelLabel = { id: string; name: string; description: string; rank: number };

/** How domains and levels are named on screen; every page and component asks these instead of looking up itself. */
export type DisplayLabels = {
  /** The domain's name; its id when no questionnaire knows it (a domain dropped in a newer version). */
  domainName: (id: string) => string;
  /** The level's name; its id when unknown, "" when there is no level (no score). */
  levelName: (id: string | null | undefined) => string;
  /** The general level; null when there is no level. An unknown id keeps its id as name and rank -1. */
  level: LevelLookup<[]>;
  /** The level in a domain's own wording (its `levels` entry) where it has one, else the general one. */
  domainLevel: LevelLookup<[domainId: string]>;
};

/** A level id always gives a label; only a missing level (no score) gives null. */
type LevelLookup<Before extends unknown[]> = {
  (...args: [...Before, id: string]): LevelLabel;
  (...args: [...Before, id: string | null | undefined]): LevelLabel | null;
};

type Source = Questionnaire | null | undefined;

/**
 * Labels from one questionnaire, or from several in order of preference (comparing two scans: the later
 * version's wording first, the earlier one for domains only it has).
 */
export function displayLabels(source: Source | ReadonlyArray<Source>, locale: Locale): DisplayLabels {
  const questionnaires = (Array.isArray(source) ? source : [source]).filter((q): q is Questionnaire => Boolean(q));
  const findDomain = (id: string) => {
    for (const q of questionnaires) {
      const domain = q.domains.find((d) => d.id === id);
      if (domain) return domain;
    }
    return undefined;
  };
  const findLevel = (id: string | null | undefined): LevelLabel | null => {
    if (id === null || id === undefined) return null;
    for (const q of questionnaires) {
      const rank = q.levels.findIndex((l) => l.id === id);
      const found = q.levels[rank];
      if (found) {
        return { id, name: localized(found.name, locale), description: localized(found.description, locale), rank };
      }
    }
    return { id, name: id, description: "", rank: -1 };
  };
  return {
    domainName: (id) => {
      const domain = findDomain(id);
      return domain ? localized(domain.name, locale) : id;
    },
    levelName: (id) => findLevel(id)?.name ?? "",
    level: findLevel as DisplayLabels["level"],
    domainLevel: ((domainId: string, levelId: string | null | undefined) => {
      const general = findLevel(levelId);
      const specific = levelId ? findDomain(domainId)?.levels[levelId] : undefined;
      if (!general || !specific) return general;
      return {
        ...general,
        name: specific.name ? localized(specific.name, locale) : general.name,
        description: localized(specific.description, locale),
      };
    }) as DisplayLabels["domainLevel"],
  };
}
