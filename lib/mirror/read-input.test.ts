import { describe, expect, it } from "vitest";
import { readMirrorCustomers, readMirrorInside } from "@/lib/mirror/read-input";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";

const questionnaire = getLatestMirrorQuestionnaire();
const id = questionnaire.items[0]?.id ?? "";

describe("readMirrorInside", () => {
  it("takes a round's shown domains with their respondents, and nothing of a hidden one", () => {
    const read = readMirrorInside({
      version: 3,
      questionnaireId: "klantkompas-full",
      questionnaireVersion: 3,
      domains: [
        { domainId: "culture", shown: true, respondents: 8, score: 71.25, level: "x" },
        { domainId: "hr", shown: false, respondents: null, score: null },
      ],
    });
    expect(read).toEqual({
      ok: true,
      value: {
        kind: "aggregate",
        questionnaireId: "klantkompas-full",
        questionnaireVersion: 3,
        inside: {
          domains: [
            { domainId: "culture", score: 71.25, respondents: 8 },
            { domainId: "hr", score: null, respondents: 0 },
          ],
        },
      },
    });
  });

  it("takes a self-scan's scores as one respondent", () => {
    const read = readMirrorInside({
      questionnaireId: "klantkompas-full",
      questionnaireVersion: 3,
      overall: {},
      domains: [
        { domainId: "culture", status: "scored", score: 40 },
        { domainId: "hr", status: "insufficient", score: null },
      ],
    });
    expect(read.ok && read.value.inside.domains).toEqual([
      { domainId: "culture", score: 40, respondents: 1 },
      { domainId: "hr", score: null, respondents: 0 },
    ]);
  });

  it("refuses anything else, saying what it expected", () => {
    const read = readMirrorInside([1, 2]);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatch(/npm run score .* npm run aggregate/);
  });
});

describe("readMirrorCustomers", () => {
  it("accepts segment, answers, nps and mark, each optional but the answers", () => {
    const read = readMirrorCustomers(
      [{ answers: { [id]: 3 } }, { segment: "b", answers: { [id]: "dk" }, nps: 0, mark: 10 }],
      questionnaire,
    );
    expect(read.ok).toBe(true);
  });

  it("names the place of every problem", () => {
    const read = readMirrorCustomers([{ answers: { [id]: 0 }, mark: 0 }], questionnaire);
    expect(!read.ok && read.problems.join("\n")).toMatch(new RegExp(`customers\\[0\\]\\.answers\\.${id}`));
    expect(!read.ok && read.problems.join("\n")).toContain("customers[0].mark");
  });
});
