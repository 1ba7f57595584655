import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { answersFromRecord } from "@/lib/scoring/answers-from-record";
import golden from "@/lib/scoring/fixtures/v1-scores.json";
import { scoreResponse } from "@/lib/scoring/score-response";
import type { AnswerValue, ScoreResult } from "@/lib/scoring/types";

// v1 is released: its files may never change, and a v1 scan must score exactly as it did before v2
// (fixtures/v1-scores.json was written by the v1 scoring code, before any v2 change).
const V1_HASHES: Record<string, string> = {
  "questionnaires/klantkompas-full.v1.json": "4b197db26794b3085279d82c38df14c1b2ddc38691744677c1d824e3c9e02789",
  "questionnaires/klantkompas-quick.v1.json": "f6e7fdc64348894cc5944a3ab0f392f27f8b9ec7ac8b5c0e090aeed52d29ca60",
};

type GoldenCase = {
  file: string;
  name: string;
  answers: Record<string, AnswerValue>;
  result: Record<string, unknown>;
};

/** The fields a v1 result had, in the shape the fixture stores them. */
function v1Shape(result: ScoreResult) {
  return {
    questionnaireId: result.questionnaireId,
    questionnaireVersion: result.questionnaireVersion,
    domains: result.domains.map(({ dontKnow: _dk, ...domain }) => domain),
    overall: {
      status: result.overall.status,
      score: result.overall.score,
      level: result.overall.level,
      answered: result.overall.answered,
      notApplicable: result.overall.notApplicable,
      total: result.overall.total,
    },
    weakestDomains: result.weakestDomains,
    recommendations: result.recommendations.map((r) => ({
      priority: r.priority,
      domainId: r.domainId,
      levelId: r.levelId,
      id: r.recommendation.id,
    })),
  };
}

describe("v1 questionnaires", () => {
  it("are byte-for-byte unchanged", () => {
    for (const [file, hash] of Object.entries(V1_HASHES)) {
      expect(createHash("sha256").update(readFileSync(file)).digest("hex"), file).toBe(hash);
    }
  });

  it.each((golden as GoldenCase[]).map((c) => [`${c.file} ${c.name}`, c] as const))("%s scores as before", (_, c) => {
    const id = c.file.replace(".v1.json", "");
    const q = getQuestionnaire(id, 1);
    if (!q) throw new Error(`${id} v1 is missing from the registry`);
    const result = scoreResponse(q, answersFromRecord(c.answers));
    expect(v1Shape(result)).toEqual(c.result);
    // v1 keeps its rule: one scored domain is enough for an overall score.
    expect(result.overall.requiredDomains).toBe(1);
    expect(result.indicative).toBe(q.kind === "quick");
    expect(result.overall.dontKnow).toBe(0);
  });
});
