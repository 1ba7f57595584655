import { describe, expect, it } from "vitest";
import { answerFlags, DONT_KNOW_FLAG_SHARE, SAME_ANSWER_MIN_COUNT } from "@/lib/scoring/answer-flags";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import type { AnswerValue } from "@/lib/scoring/types";
import { buildDomain, buildItem, buildItems, buildQuestionnaire, buildScale } from "@/tests/factories/questionnaire";

const q = buildQuestionnaire({
  scale: buildScale({ dontKnow: true }),
  domains: [buildDomain({ id: "alpha" }), buildDomain({ id: "beta" })],
  items: [
    buildItem({ id: "alpha-plain", domain: "alpha", twin: "alpha-reverse" }),
    buildItem({ id: "alpha-reverse", domain: "alpha", reverse: true }),
    ...buildItems("alpha", 4),
    ...buildItems("beta", 6),
  ],
});
const all = (value: AnswerValue) => Object.fromEntries(q.items.map((item) => [item.id, value]));
const flags = (record: Record<string, AnswerValue>) => answerFlags(q, answersFromRecord(record));
const codes = (record: Record<string, AnswerValue>) => flags(record).map((f) => f.code);

describe("answerFlags", () => {
  it("flags the same answer everywhere", () => {
    expect(flags(all(4))).toContainEqual({ code: "same-answer-everywhere", answer: 4, count: 12 });
  });

  it("does not flag it with one different answer, with too few answers, or for non-answers alone", () => {
    expect(codes({ ...all(4), "beta-6": 3 })).not.toContain("same-answer-everywhere");
    const five = Object.fromEntries(q.items.slice(0, SAME_ANSWER_MIN_COUNT - 1).map((item) => [item.id, 2]));
    expect(codes(five)).not.toContain("same-answer-everywhere");
    // Six of twelve (half) is enough; five of twelve is not.
    const six = Object.fromEntries(q.items.slice(6).map((item) => [item.id, 2]));
    expect(codes(six)).toContain("same-answer-everywhere");
    expect(codes(all("na"))).not.toContain("same-answer-everywhere");
  });

  it(`flags a domain where more than ${Math.round(DONT_KNOW_FLAG_SHARE * 100)}% is "don't know"`, () => {
    const beta = (dk: number) =>
      Object.fromEntries(buildItems("beta", 6).map((item, i) => [item.id, i < dk ? ("dk" as const) : 3]));
    expect(flags(beta(2))).toEqual([]); // exactly a third: not flagged
    expect(flags(beta(3))).toEqual([{ code: "many-dont-know", domainId: "beta", dontKnow: 3, total: 6 }]);
    // "not applicable" is a legitimate answer, not a gap in knowledge.
    expect(codes(Object.fromEntries(buildItems("beta", 6).map((item) => [item.id, "na"])))).toEqual([]);
  });

  it('counts "na" as don\'t know where the scale has no separate "don\'t know" (v1)', () => {
    const v1 = buildQuestionnaire();
    expect(answerFlags(v1, answersFromRecord({ "alpha-1": "na", "alpha-2": "na" }))).toEqual([
      { code: "many-dont-know", domainId: "alpha", dontKnow: 2, total: 2 },
    ]);
  });

  describe("with audiences (v3)", () => {
    // Four leadership statements, two of which only board and managers can see from where they sit.
    const v3 = buildQuestionnaire({
      scale: buildScale({ dontKnow: true }),
      domains: [buildDomain({ id: "alpha" })],
      items: [
        buildItem({ id: "alpha-1", domain: "alpha", audience: ["board", "manager"] }),
        buildItem({ id: "alpha-2", domain: "alpha", audience: ["board", "manager"] }),
        buildItem({ id: "alpha-3", domain: "alpha", audience: ["board", "manager", "employee", "other"] }),
        buildItem({ id: "alpha-4", domain: "alpha", audience: ["board", "manager", "employee", "other"] }),
      ],
    });
    const honest = answersFromRecord({ "alpha-1": "dk", "alpha-2": "dk", "alpha-3": 3, "alpha-4": 4 });

    it("does not flag an employee's \"don't know\" on statements their role cannot judge", () => {
      expect(answerFlags(v3, honest, { role: "employee" })).toEqual([]);
    });

    it("counts only the judgeable statements in the total", () => {
      const unsure = answersFromRecord({ "alpha-1": "dk", "alpha-2": "dk", "alpha-3": "dk", "alpha-4": 4 });
      expect(answerFlags(v3, unsure, { role: "employee" })).toEqual([
        { code: "many-dont-know", domainId: "alpha", dontKnow: 1, total: 2 },
      ]);
    });

    it("still flags a role that can judge everything, and counts everything without a known role", () => {
      const flagged = [{ code: "many-dont-know", domainId: "alpha", dontKnow: 2, total: 4 }];
      expect(answerFlags(v3, honest, { role: "board" })).toEqual(flagged);
      expect(answerFlags(v3, honest)).toEqual(flagged);
      expect(answerFlags(v3, honest, { role: "unknown" })).toEqual(flagged);
    });

    it("leaves questionnaires without audiences (v1/v2) as they were, whatever the role", () => {
      expect(answerFlags(q, answersFromRecord(all("dk")), { role: "employee" })).toEqual(
        answerFlags(q, answersFromRecord(all("dk"))),
      );
    });
  });

  it("flags a statement and its reverse twin that contradict each other", () => {
    expect(flags({ "alpha-plain": 4, "alpha-reverse": 4 })).toEqual([
      {
        code: "twin-contradiction",
        domainId: "alpha",
        itemId: "alpha-plain",
        twinId: "alpha-reverse",
        answer: 4,
        twinAnswer: 4,
      },
    ]);
    // Consistent (4 and 2 both score 4), one step apart, or one of them not answered: no flag.
    expect(flags({ "alpha-plain": 4, "alpha-reverse": 2 })).toEqual([]);
    expect(flags({ "alpha-plain": 4, "alpha-reverse": 3 })).toEqual([]);
    expect(flags({ "alpha-plain": 4, "alpha-reverse": "dk" })).toEqual([]);
  });
});
