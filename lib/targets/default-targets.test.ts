import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTargetLevel, initialTargetChoices, levelThreshold } from "@/lib/targets/default-targets";

const LEVELS = [
  { id: "reactive", from: 0 },
  { id: "aware", from: 12.5 },
  { id: "developing", from: 37.5 },
  { id: "established", from: 62.5 },
  { id: "leading", from: 87.5 },
];

describe("defaultTargetLevel", () => {
  it("is one level above the current one", () => {
    expect(defaultTargetLevel(LEVELS, "reactive")).toBe("aware");
    expect(defaultTargetLevel(LEVELS, "developing")).toBe("established");
    expect(defaultTargetLevel(LEVELS, "established")).toBe("leading");
  });
  it("keeps the top level at the top", () => {
    expect(defaultTargetLevel(LEVELS, "leading")).toBe("leading");
  });
  it("gives no target to a domain without a score, or with an unknown level", () => {
    expect(defaultTargetLevel(LEVELS, null)).toBeNull();
    expect(defaultTargetLevel(LEVELS, "excellent")).toBeNull();
  });
  it("never aims lower than now and never more than one step up (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.nat(), (count, pick) => {
        const levels = Array.from({ length: count }, (_, i) => ({ id: `l${i}`, from: (i * 100) / count }));
        const index = pick % count;
        const target = defaultTargetLevel(levels, `l${index}`);
        const targetIndex = levels.findIndex((l) => l.id === target);
        expect(targetIndex).toBeGreaterThanOrEqual(index);
        expect(targetIndex - index).toBeLessThanOrEqual(1);
        expect(targetIndex === index).toBe(index === count - 1);
      }),
    );
  });
});

describe("levelThreshold", () => {
  it("is the level's lower bound", () => {
    expect(levelThreshold(LEVELS, "established")).toBe(62.5);
    expect(levelThreshold(LEVELS, "reactive")).toBe(0);
    expect(levelThreshold(LEVELS, "unknown")).toBeNull();
  });
});

describe("initialTargetChoices", () => {
  const domains = [
    { domainId: "leadership", level: "developing" },
    { domainId: "culture", level: "leading" },
    { domainId: "hr", level: null },
  ];
  it("defaults to one level up, none for a domain without a score", () => {
    expect(initialTargetChoices({ levels: LEVELS, domains, saved: [] })).toEqual([
      { domainId: "leadership", levelId: "established", targetDate: null },
      { domainId: "culture", levelId: "leading", targetDate: null },
      { domainId: "hr", levelId: null, targetDate: null },
    ]);
  });
  it("shows the saved targets once there are any; a domain left out stays without", () => {
    const saved = [{ domainId: "culture", levelId: "leading", targetDate: "2027-06-30" }];
    expect(initialTargetChoices({ levels: LEVELS, domains, saved })).toEqual([
      { domainId: "leadership", levelId: null, targetDate: null },
      { domainId: "culture", levelId: "leading", targetDate: "2027-06-30" },
      { domainId: "hr", levelId: null, targetDate: null },
    ]);
  });
});
