import { describe, expect, it } from "vitest";
import { bothBreakdownsSafe } from "@/lib/aggregation/cross-breakdown";

const people = (role: string, team: string | null, count: number) =>
  Array.from({ length: count }, () => ({ role, team }));

describe("bothBreakdownsSafe", () => {
  it("refuses a table with a cell below the minimum, even when every role and team group meets it", () => {
    // Managers 4 (3 Sales, 1 Ops), employees 3 (Ops): managers − Sales would be the one Ops manager.
    const members = [...people("manager", "Sales", 3), ...people("manager", "Ops", 1), ...people("employee", "Ops", 3)];
    expect(bothBreakdownsSafe(members, 3)).toBe(false);
  });

  it("accepts a table whose every non-empty cell meets the minimum, counting no team as a cell", () => {
    const members = [...people("manager", "Sales", 3), ...people("employee", "Ops", 4), ...people("board", null, 3)];
    expect(bothBreakdownsSafe(members, 3)).toBe(true);
    expect(bothBreakdownsSafe([...members, ...people("board", "Sales", 1)], 3)).toBe(false);
  });

  it("is safe for an empty round", () => {
    expect(bothBreakdownsSafe([], 3)).toBe(true);
  });
});
