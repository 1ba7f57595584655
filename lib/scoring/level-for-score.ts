import type { Level } from "@/lib/questionnaire/schema";

/** The level whose band holds the score: from ≤ score < to, the last level also including its `to`. */
export function levelForScore(levels: Level[], score: number): Level {
  const lastIndex = levels.length - 1;
  const level = levels.find(
    (candidate, index) =>
      score >= candidate.from && (score < candidate.to || (index === lastIndex && score === candidate.to)),
  );
  if (!level) throw new RangeError(`no level covers score ${score}`);
  return level;
}
