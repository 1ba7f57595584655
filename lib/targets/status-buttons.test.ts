import { describe, expect, it } from "vitest";
import { statusSteps } from "@/lib/targets/status-buttons";

describe("statusSteps", () => {
  it("offers start and done on an action not started", () => {
    expect(statusSteps("not_started")).toEqual([
      { to: "in_progress", label: "start" },
      { to: "done", label: "done" },
    ]);
  });

  it("offers done on one in progress", () => {
    expect(statusSteps("in_progress")).toEqual([{ to: "done", label: "done" }]);
  });

  it("offers reopen on a closed one, back to in progress", () => {
    expect(statusSteps("done")).toEqual([{ to: "in_progress", label: "reopen" }]);
    expect(statusSteps("dropped")).toEqual([{ to: "in_progress", label: "reopen" }]);
  });

  it("never offers the status the action already has", () => {
    for (const status of ["not_started", "in_progress", "done", "dropped"] as const) {
      expect(statusSteps(status).map((s) => s.to)).not.toContain(status);
    }
  });
});
