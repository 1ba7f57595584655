// Default targets: one level above where a domain stands now, so the next scan has a step to aim for.

type LevelLike = { id: string; from: number };

/**
 * The level one above `current`. The top level stays the top level (hold it); a domain without a level (no
 * score) or with a level the questionnaire does not know gets no target by default.
 */
export function defaultTargetLevel(levels: readonly LevelLike[], current: string | null): string | null {
  if (current === null) return null;
  const index = levels.findIndex((level) => level.id === current);
  if (index < 0) return null;
  return (levels[Math.min(index + 1, levels.length - 1)] as LevelLike).id;
}

/** A level's lower bound: the score a domain needs to be at that level. Null for an unknown level. */
export function levelThreshold(levels: readonly LevelLike[], levelId: string): number | null {
  return levels.find((level) => level.id === levelId)?.from ?? null;
}

export type TargetChoice = { domainId: string; levelId: string | null; targetDate: string | null };

/**
 * What the targets form starts with per domain: the targets already agreed on this scan when there are any
 * (a domain left without one stays without), otherwise the default one level up.
 */
export function initialTargetChoices({
  levels,
  domains,
  saved,
}: {
  levels: readonly LevelLike[];
  domains: ReadonlyArray<{ domainId: string; level: string | null }>;
  saved: ReadonlyArray<{ domainId: string; levelId: string; targetDate: string | null }>;
}): TargetChoice[] {
  if (saved.length > 0) {
    return domains.map(({ domainId }) => {
      const target = saved.find((t) => t.domainId === domainId);
      return { domainId, levelId: target?.levelId ?? null, targetDate: target?.targetDate ?? null };
    });
  }
  return domains.map(({ domainId, level }) => ({
    domainId,
    levelId: defaultTargetLevel(levels, level),
    targetDate: null,
  }));
}
