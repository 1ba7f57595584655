import { describe, expect, it } from "vitest";
import { OTHER_GROUP, type ProgressResponse, roundProgress } from "@/lib/scan-rules/round-progress";

const r = (role: string, team: string | null, state: "invited" | "started" | "submitted", invited = false) =>
  ({
    role,
    team,
    invited: invited || state === "invited",
    started: state !== "invited",
    submitted: state === "submitted",
  }) satisfies ProgressResponse;

describe("roundProgress", () => {
  it("counts invited, started and submitted in total", () => {
    const p = roundProgress(
      [r("", null, "invited"), r("employee", null, "started", true), r("employee", null, "submitted")],
      3,
    );
    expect(p.total).toEqual({ invited: 2, invitedNotStarted: 1, started: 2, submitted: 1 });
  });

  it("shows groups of at least the minimum on their own and folds smaller ones into other", () => {
    const responses = [
      ...Array.from({ length: 3 }, () => r("employee", "Sales", "submitted")),
      r("board", "Sales", "submitted"),
      r("manager", null, "started"),
      ...Array.from({ length: 3 }, () => r("manager", "Service", "started")),
    ];
    const p = roundProgress(responses, 3);
    // The board (1) is the only small role group: "other" would just be the board, so the smallest shown
    // group (employee, 3) is folded in too.
    expect(p.byRole).toEqual([
      { key: "manager", started: 4, submitted: 0 },
      { key: OTHER_GROUP, started: 4, submitted: 4 },
    ]);
    expect(p.byTeam).toEqual([
      { key: "Sales", started: 4, submitted: 4 },
      { key: "Service", started: 3, submitted: 0 },
    ]);
  });

  it("keeps other as it is when two or more small groups make it up", () => {
    const responses = [
      ...Array.from({ length: 3 }, () => r("employee", null, "submitted")),
      r("board", null, "submitted"),
      r("manager", null, "submitted"),
    ];
    expect(roundProgress(responses, 3).byRole).toEqual([
      { key: "employee", started: 3, submitted: 3 },
      { key: OTHER_GROUP, started: 2, submitted: 2 },
    ]);
  });

  it("leaves out respondents who have not chosen a role and those not started", () => {
    const p = roundProgress([r("", null, "invited"), r("board", null, "invited")], 3);
    expect(p.byRole).toEqual([]);
    expect(p.byTeam).toEqual([]);
  });

  it("attack 4: a named invitee turning submitted moves no count per role or team, only the totals", () => {
    // Five board members joined through the team link and submitted; Ann has a personal link.
    const board = Array.from({ length: 5 }, () => r("board", "Sales", "submitted"));
    const annBefore = r("manager", "Sales", "started", true);
    const annAfter = r("manager", "Sales", "submitted", true);
    const before = roundProgress([...board, annBefore, r("", null, "invited")], 3);
    const after = roundProgress([...board, annAfter, r("", null, "invited")], 3);
    // Nothing but the totals differs, so nothing ties Ann to a role or team.
    expect(before.groupsWithheld).toBe(true);
    expect({ ...after, total: null }).toEqual({ ...before, total: null });
    expect(after.byRole).toEqual([]);
    expect(after.byTeam).toEqual([]);
    expect(after.total.submitted - before.total.submitted).toBe(1);
  });

  it("counts per group only while no personal link exists", () => {
    const p = roundProgress(
      Array.from({ length: 3 }, () => r("board", null, "submitted")),
      3,
    );
    expect(p.groupsWithheld).toBe(false);
    expect(p.byRole).toEqual([{ key: "board", started: 3, submitted: 3 }]);
  });
});
