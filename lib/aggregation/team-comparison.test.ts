import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { compareTeam } from "@/lib/aggregation/team-comparison";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponses as responses } from "@/tests/factories/round-response";

const q = buildQuestionnaire();

const round = aggregateRound({
  minGroupSize: 3,
  minDistribution: 3,
  questionnaire: q,
  responses: [
    ...responses(3, { team: "Sales", scores: { alpha: 40, beta: 70 } }),
    ...responses(1, { team: "Sales", scores: { alpha: 40, beta: null } }),
    ...responses(3, { team: "Support", scores: { alpha: 80, beta: null } }),
    ...responses(3, { team: "Finance", scores: { alpha: 60, beta: null } }),
    ...responses(2, { team: "Legal", scores: { alpha: 10, beta: 10 } }),
    ...responses(1, { scores: { alpha: 10, beta: 10 } }),
  ],
});

describe("compareTeam", () => {
  it("puts the team's shown means next to the round's", () => {
    expect(compareTeam(round, "Sales")).toEqual({
      team: "Sales",
      shown: true,
      respondents: 4,
      domains: [
        // Round alpha: (4×40 + 3×80 + 3×60 + 3×10) / 13 = 46.92.
        { domainId: "alpha", team: 40, round: 46.92, difference: -6.92 },
        { domainId: "beta", team: 70, round: 40, difference: 30 },
      ],
    });
  });

  it("gives nulls where the team's domain is hidden", () => {
    // Support has no beta scores at all.
    expect(compareTeam(round, "Support")?.domains[1]).toEqual({
      domainId: "beta",
      team: null,
      round: null,
      difference: null,
    });
  });

  it("shows nothing for a hidden team and null for a team not in the round", () => {
    expect(compareTeam(round, "Legal")).toEqual({
      team: "Legal",
      shown: false,
      respondents: null,
      domains: [
        { domainId: "alpha", team: null, round: null, difference: null },
        { domainId: "beta", team: null, round: null, difference: null },
      ],
    });
    expect(compareTeam(round, "Nobody")).toBeNull();
  });
});
