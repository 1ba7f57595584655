import { describe, expect, it } from "vitest";
import {
  domainForStep,
  domainProgress,
  overallProgress,
  resumeStep,
  unansweredItems,
} from "@/lib/questionnaire/progress";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire();
const [first, second] = q.domains;
const itemsOf = (domainId: string) => q.items.filter((i) => i.domain === domainId);

describe("progress", () => {
  it("counts 'don't know' as answered and missing answers as open", () => {
    const [a, b] = itemsOf(first?.id ?? "");
    const answers = { [a?.id ?? ""]: 3, [b?.id ?? ""]: "na" as const };
    const progress = domainProgress(q, answers);
    expect(progress[0]).toMatchObject({ step: 1, answered: 2, total: itemsOf(first?.id ?? "").length });
    expect(progress[1]?.answered).toBe(0);
    expect(overallProgress(q, answers)).toEqual({ answered: 2, total: q.items.length });
    expect(unansweredItems(q, answers)).toHaveLength(q.items.length - 2);
  });

  it("resumes at the first domain with an open item, or the review when all are answered", () => {
    expect(resumeStep(q, {})).toBe(1);
    const firstDone = Object.fromEntries(itemsOf(first?.id ?? "").map((i) => [i.id, 4]));
    expect(resumeStep(q, firstDone)).toBe(2);
    const all = Object.fromEntries(q.items.map((i) => [i.id, 2]));
    expect(resumeStep(q, all)).toBe("review");
  });

  it("maps steps to domains and refuses steps outside the questionnaire", () => {
    expect(domainForStep(q, 2)?.id).toBe(second?.id);
    expect(domainForStep(q, 0)).toBeUndefined();
    expect(domainForStep(q, q.domains.length + 1)).toBeUndefined();
    expect(domainForStep(q, 1.5)).toBeUndefined();
  });
});
