import { describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { readAggregate } from "@/lib/aggregation/read-aggregate";
import { buildQuestionnaire } from "@/tests/factories/questionnaire";
import { buildRoundResponses as responses } from "@/tests/factories/round-response";

const q = buildQuestionnaire();

describe("readAggregate: version 2 snapshots (before intervals)", () => {
  it("reads them with no interval, margin or α, and flags no gap whose margin is unknown", () => {
    const today = aggregateRound({
      questionnaire: q,
      minGroupSize: 3,
      responses: [
        ...responses(3, { role: "board", scores: { alpha: 90, beta: 50 } }),
        ...responses(3, { role: "employee", scores: { alpha: 40, beta: 50 } }),
      ],
    });
    expect(today.gaps[0]).toMatchObject({ points: 50, beyondMargin: true, flagged: true });
    // What a round closed before issue 18 stored: the same, without the new fields.
    const v2 = JSON.parse(
      JSON.stringify({ ...today, version: 2 }, (key, value) =>
        ["interval90", "margin90", "marginBasis", "alpha", "margin", "beyondMargin"].includes(key) ? undefined : value,
      ),
    );
    const read = readAggregate(v2);
    expect(read.version).toBe(3);
    expect(read.domains[0]).toMatchObject({
      score: 65,
      interval90: null,
      margin90: null,
      marginBasis: null,
      alpha: null,
    });
    expect(read.groups[0]?.domains[0]).toMatchObject({
      score: 90,
      interval90: null,
      margin90: null,
      marginBasis: null,
    });
    expect(read.gaps[0]).toMatchObject({ points: 50, margin: null, beyondMargin: null, flagged: false });
  });

  it("returns version 3 as it is", () => {
    const today = aggregateRound({ questionnaire: q, responses: responses(5, { scores: { alpha: 50 } }) });
    expect(readAggregate(JSON.parse(JSON.stringify(today)))).toEqual(today);
  });
});
