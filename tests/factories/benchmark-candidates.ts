import type { CandidateScan, Member } from "@/lib/benchmark/types";

// Builders for the benchmark tests: a two-domain set keeps the fixtures readable.
export const SET = { questionnaireId: "q", domainSetKey: "alpha,beta", scanKind: "self" as const };
export const NOW = new Date("2026-12-01T12:00:00.000Z");

export function candidate(overrides: Partial<CandidateScan> & { clientId: string }): CandidateScan {
  return {
    scanId: `${overrides.clientId}-scan`,
    workspaceId: "w1",
    sector: "healthcare",
    sizeBand: "50-249",
    ...SET,
    submittedAt: new Date("2026-06-01T00:00:00Z"),
    overallScore: 50,
    domainScores: [
      { domainId: "alpha", score: 40 },
      { domainId: "beta", score: 60 },
    ],
    ...overrides,
  };
}

export function member(overrides: Partial<Member> & { clientId: string; score?: number }): Member {
  const { score = 50, ...rest } = overrides;
  return {
    ...SET,
    scanId: `${overrides.clientId}-scan`,
    workspaceId: "w1",
    sector: "healthcare",
    sizeBand: "50-249",
    submittedAt: new Date("2026-06-01T00:00:00Z"),
    values: { alpha: score, beta: score, overall: score },
    ...rest,
  };
}
