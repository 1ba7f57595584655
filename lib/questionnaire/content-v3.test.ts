import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contentIssues, QUANTIFIER_WORDS } from "@/lib/questionnaire/content-checks";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { loadQuestionnaire } from "@/lib/questionnaire/validate";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerInput } from "@/lib/scoring/types";
import fullFile from "@/questionnaires/klantkompas-full.v3.json";
import quickFile from "@/questionnaires/klantkompas-quick.v3.json";

const full = loadQuestionnaire(fullFile, "questionnaires/klantkompas-full.v3.json");
const quick = loadQuestionnaire(quickFile, "questionnaires/klantkompas-quick.v3.json");
const both = [full, quick];

/** A respondent of `role` who answers what they can judge and "don't know" to the rest. */
function answersOf(q: Questionnaire, role: (typeof RESPONDENT_ROLES)[number], value: number): AnswerInput[] {
  return q.items.map((item) => ({ itemId: item.id, value: item.audience?.includes(role) ? value : "dk" }));
}

describe("v3 content", () => {
  it("passes every content check", () => {
    for (const q of both) expect(contentIssues(q), q.id).toEqual([]);
  });

  it.each(RESPONDENT_ROLES.flatMap((role) => both.map((q) => [q.id, role, q] as const)))(
    "%s: a %s who answers only what they can judge gets a score in every domain",
    (_, role, q) => {
      const result = scoreResponse(q, answersOf(q, role, 4));
      for (const domain of result.domains) expect(domain.status, `${role} in ${domain.domainId}`).toBe("scored");
      expect(result.overall.status).toBe("scored");
    },
  );

  it("asks in the quick scan only statements every role can judge, three per domain, worded as in the full scan", () => {
    for (const domain of quick.domains) {
      expect(quick.items.filter((item) => item.domain === domain.id)).toHaveLength(3);
    }
    for (const item of quick.items) {
      expect([...(item.audience ?? [])].sort(), item.id).toEqual([...RESPONDENT_ROLES].sort());
      expect(
        full.items.find((candidate) => candidate.id === item.id),
        item.id,
      ).toEqual(item);
    }
  });

  it("gives the quick scan level texts of its own, so its cards name only what it asked", () => {
    for (const domain of quick.domains) {
      const fullDomain = full.domains.find((candidate) => candidate.id === domain.id);
      for (const [levelId, text] of Object.entries(domain.levels)) {
        expect(text.description, `${domain.id} ${levelId}`).not.toEqual(fullDomain?.levels[levelId]?.description);
      }
    }
  });

  it("has no negatively worded statements and no twins", () => {
    for (const q of both) {
      expect(q.items.filter((item) => item.reverse || item.twin)).toEqual([]);
    }
  });

  it("keeps quantifier words out of scored statements", () => {
    for (const item of full.items) {
      for (const locale of ["nl", "en"] as const) {
        const tokens = item.statement[locale].toLowerCase().split(/[^\p{L}]+/u);
        for (const word of QUANTIFIER_WORDS[locale]) expect(tokens, `${item.id} (${locale})`).not.toContain(word);
      }
    }
  });

  it("words the scale for both round scopes, one label per point", () => {
    for (const q of both) {
      expect(q.scopes?.organisation.points).toHaveLength(q.scale.points.length);
      expect(q.scopes?.team.points).toHaveLength(q.scale.points.length);
    }
  });

  it("keeps the same levels and bands as v2, so scores stay on one footing", () => {
    const v2 = JSON.parse(readFileSync("questionnaires/klantkompas-full.v2.json", "utf8")) as Questionnaire;
    expect(full.levels.map(({ id, from, to }) => ({ id, from, to }))).toEqual(
      v2.levels.map(({ id, from, to }) => ({ id, from, to })),
    );
  });

  it("never says 'this scan' on a domain card", () => {
    for (const domain of full.domains) {
      for (const text of Object.values(domain.levels)) {
        expect(text.description.nl).not.toMatch(/deze scan/i);
        expect(text.description.en).not.toMatch(/this scan/i);
      }
    }
  });

  it("names the works council's consent for reward and appraisal, and the AVG for shared customer records", () => {
    const recommendations = full.domains.flatMap((d) => Object.values(d.recommendations).flat());
    const reward = recommendations.find((r) => r.id === "hr-established-reward-policy");
    expect(reward?.text.nl).toContain("art. 27");
    expect(reward?.text.en).toContain("art. 27");
    const record = recommendations.find((r) => r.id === "interfunctional-developing-one-customer-record");
    expect(record?.text.nl).toContain("AVG");
    expect(record?.text.en).toContain("GDPR");
  });
});

describe("released versions", () => {
  // v2 is released like v1: v3 is added beside it, never by editing it.
  const V2_HASHES: Record<string, string> = {
    "questionnaires/klantkompas-full.v2.json": "d2e27d421d6463dc815d4f144c0cf134be895edd43a483cb2bf6c68ed0fcec97",
    "questionnaires/klantkompas-quick.v2.json": "57db4e50f1513217d4b83e831c69624ee5d73297e4be1582aba5d1b525556f2e",
  };
  it("leaves the v2 files byte for byte unchanged", () => {
    for (const [file, hash] of Object.entries(V2_HASHES)) {
      expect(createHash("sha256").update(readFileSync(file)).digest("hex"), file).toBe(hash);
    }
  });
});
