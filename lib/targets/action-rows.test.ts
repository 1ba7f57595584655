import { describe, expect, it } from "vitest";
import { ACTION_COLUMNS, buildActionRows } from "@/lib/targets/action-rows";

const action = {
  id: "a1",
  questionnaireId: "klantkompas-quick",
  questionnaireVersion: 2,
  domainId: "culture",
  recommendationId: null,
  title: "Proef per team",
  owner: "",
  dueDate: new Date("2026-12-01T00:00:00Z"),
  status: "in_progress",
  notes: "",
  createdAt: new Date("2026-10-01T08:00:00.123Z"),
  statusChangedAt: new Date("2026-10-02T08:00:00Z"),
  doneAt: null,
  scan: { id: "s1", kind: "team", submittedAt: new Date("2026-09-30T16:00:00Z") },
};

describe("buildActionRows", () => {
  it("has the export's columns in order", () => {
    expect(buildActionRows([], "2026-12-01").columns).toEqual(ACTION_COLUMNS);
  });
  it("writes ISO timestamps to the second, the due date as a day, empty text as null", () => {
    const [row] = buildActionRows([action], "2026-12-01").rows;
    expect(row).toMatchObject({
      scan_kind: "team",
      scan_submitted_at: "2026-09-30T16:00:00Z",
      created_at: "2026-10-01T08:00:00Z",
      due_date: "2026-12-01",
      owner: null,
      notes: null,
      recommendation_id: null,
      done_at: null,
    });
  });
  it("marks overdue against the export's day: due today is not overdue, due yesterday is", () => {
    expect(buildActionRows([action], "2026-12-01").rows[0]?.overdue).toBe(false);
    expect(buildActionRows([action], "2026-12-02").rows[0]?.overdue).toBe(true);
    expect(buildActionRows([{ ...action, status: "done" }], "2027-01-01").rows[0]?.overdue).toBe(false);
  });
  it("reads anything but a team round as a self-scan", () => {
    expect(
      buildActionRows([{ ...action, scan: { ...action.scan, kind: "self" } }], "2026-12-01").rows[0]?.scan_kind,
    ).toBe("self");
  });
});
