import { describe, expect, it } from "vitest";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreResponse } from "@/lib/scoring";
import { answersForProfile, seededRandom } from "@/lib/seed/answers-for-profile";

const full = getLatestQuestionnaire("klantkompas-full");
if (!full) throw new Error("full scan missing");

describe("answersForProfile", () => {
  it("lands each domain near its target score, reverse items included", () => {
    const targets = { leadership: 20, culture: 40, strategy: 60, interfunctional: 80, processes: 50, hr: 30 };
    const result = scoreResponse(full, answersForProfile(full, targets, { seed: 7 }));
    for (const domain of result.domains) {
      expect(domain.status).toBe("scored");
      expect(Math.abs((domain.score ?? 0) - (targets[domain.domainId as keyof typeof targets] ?? 0))).toBeLessThan(20);
    }
  });

  it("is deterministic for a seed and varies between seeds", () => {
    const targets = { leadership: 50 };
    expect(answersForProfile(full, targets, { seed: 3 })).toEqual(answersForProfile(full, targets, { seed: 3 }));
    expect(answersForProfile(full, targets, { seed: 3 })).not.toEqual(answersForProfile(full, targets, { seed: 4 }));
  });

  it("leaves items out and answers 'don't know' at the requested rates", () => {
    const answers = answersForProfile(full, {}, { seed: 11, skipRate: 0.2, notApplicableRate: 0.2 });
    expect(answers.length).toBeLessThan(full.items.length);
    expect(answers.some((a) => a.value === "na")).toBe(true);
    expect(() => scoreResponse(full, answers)).not.toThrow();
  });

  it("seededRandom stays within [0, 1)", () => {
    const random = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
