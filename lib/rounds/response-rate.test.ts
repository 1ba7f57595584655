import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupRates, responseRate, roundRates, sourceProgress } from "@/lib/rounds/response-rate";

describe("responseRate", () => {
  it("gives submitted of invited as a whole percentage", () => {
    expect(responseRate(3, 4)).toEqual({ submitted: 3, invited: 4, percent: 75 });
    expect(responseRate(0, 7)).toEqual({ submitted: 0, invited: 7, percent: 0 });
    expect(responseRate(7, 7)).toEqual({ submitted: 7, invited: 7, percent: 100 });
  });

  it("rounds down: 100% only when everyone answered, never more than the counts say", () => {
    expect(responseRate(199, 200)?.percent).toBe(99);
    expect(responseRate(2, 3)?.percent).toBe(66);
    expect(responseRate(1, 3)?.percent).toBe(33);
  });

  it("gives no rate when the number invited is unknown, zero or below what came in", () => {
    expect(responseRate(3, null)).toBeNull();
    expect(responseRate(3, undefined)).toBeNull();
    expect(responseRate(0, 0)).toBeNull();
    expect(responseRate(5, 4)).toBeNull();
    expect(responseRate(-1, 4)).toBeNull();
    expect(responseRate(1.5, 4)).toBeNull();
  });

  it("never exceeds 100% nor reads 100% while someone is missing (any counts)", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (submitted, invited) => {
        const rate = responseRate(submitted, invited);
        if (rate === null) return invited === 0 || submitted > invited;
        return (
          rate.percent >= 0 &&
          rate.percent <= 100 &&
          (rate.percent === 100) === (submitted === invited) &&
          rate.percent * invited <= submitted * 100 &&
          rate.submitted === submitted &&
          rate.invited === invited
        );
      }),
    );
  });
});

describe("groupRates", () => {
  it("gives a rate only for shown groups whose number invited is known", () => {
    expect(
      groupRates([
        { key: "board", shown: true, submitted: 4, invited: 5 },
        { key: "manager", shown: true, submitted: 6, invited: null },
        { key: "employee", shown: true, submitted: 9, invited: 10 },
      ]),
    ).toEqual([
      { key: "board", submitted: 4, invited: 5, percent: 80 },
      { key: "employee", submitted: 9, invited: 10, percent: 90 },
    ]);
  });

  it("gives nothing at all for a hidden group, even when its counts are passed in", () => {
    expect(groupRates([{ key: "board", shown: false, submitted: 2, invited: 2 }])).toEqual([]);
    expect(groupRates([{ key: "board", shown: true, submitted: null, invited: 4 }])).toEqual([]);
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (submitted, invited) => {
        return groupRates([{ key: "x", shown: false, submitted, invited }]).length === 0;
      }),
    );
  });
});

describe("roundRates", () => {
  it("rates personal links, the team link against the expected number, and the total", () => {
    expect(roundRates({ personal: { links: 4, submitted: 3 }, team: { expected: 10, submitted: 6 } })).toEqual({
      personal: { submitted: 3, invited: 4, percent: 75 },
      team: { submitted: 6, invited: 10, percent: 60 },
      total: { submitted: 9, invited: 14, percent: 64 },
    });
  });

  it("a round with only a team link (no personal links) has the team rate as its total", () => {
    const rates = roundRates({ personal: { links: 0, submitted: 0 }, team: { expected: 8, submitted: 8 } });
    expect(rates.personal).toBeNull();
    expect(rates.total).toEqual({ submitted: 8, invited: 8, percent: 100 });
  });

  it("leaves the total unknown when team-link responses have no expected number to be read against", () => {
    const rates = roundRates({ personal: { links: 5, submitted: 4 }, team: { expected: null, submitted: 2 } });
    expect(rates.personal?.percent).toBe(80);
    expect(rates.team).toBeNull();
    expect(rates.total).toBeNull();
  });

  it("a sealed round (personal links, no team link) is rated on its links", () => {
    const rates = roundRates({ personal: { links: 6, submitted: 5 }, team: { expected: null, submitted: 0 } });
    expect(rates.total).toEqual({ submitted: 5, invited: 6, percent: 83 });
  });

  it("never gives a rate over 100% or one with more answers than invited", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.option(fc.nat(40)), fc.nat(40), (links, ps, expected, ts) => {
        const rates = roundRates({ personal: { links, submitted: ps }, team: { expected, submitted: ts } });
        return [rates.personal, rates.team, rates.total].every(
          (rate) => rate === null || (rate.percent <= 100 && rate.submitted <= rate.invited),
        );
      }),
    );
  });
});

describe("sourceProgress", () => {
  it("counts personal links and the team link apart, and everything submitted together", () => {
    const progress = sourceProgress({
      personalStates: ["invited", "opened", "started", "submitted"],
      teamJoined: 5,
      totalStarted: 6,
      totalSubmitted: 4,
      expected: 10,
      sealed: false,
    });
    expect(progress.personal).toEqual({ invited: 4, started: 2, submitted: 1 });
    expect(progress.team).toEqual({ joined: 5, started: 4, submitted: 3, expected: 10 });
    expect(progress.submitted).toBe(4);
    expect(progress.rates.total).toEqual({ submitted: 4, invited: 14, percent: 28 });
  });

  it("a sealed round has no team link; a round without personal links has no personal row", () => {
    expect(
      sourceProgress({
        personalStates: ["submitted"],
        teamJoined: 0,
        totalStarted: 1,
        totalSubmitted: 1,
        expected: 3,
        sealed: true,
      }).team,
    ).toBeNull();
    expect(
      sourceProgress({
        personalStates: [],
        teamJoined: 2,
        totalStarted: 1,
        totalSubmitted: 1,
        expected: 3,
        sealed: false,
      }).personal,
    ).toBeNull();
  });
});
