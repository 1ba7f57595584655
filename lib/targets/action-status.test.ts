import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  dayOf,
  isActionStatus,
  isOpenStatus,
  isOverdue,
  statusChangeFields,
} from "@/lib/targets/action-status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("isActionStatus", () => {
  it("knows the four statuses and nothing else", () => {
    for (const status of ACTION_STATUSES) expect(isActionStatus(status)).toBe(true);
    for (const other of ["", "open", "closed", "DONE", null, 3]) expect(isActionStatus(other)).toBe(false);
  });
});

describe("isOpenStatus", () => {
  it("is open while not started or in progress, closed once done or dropped", () => {
    expect(ACTION_STATUSES.filter(isOpenStatus)).toEqual(["not_started", "in_progress"]);
  });
});

describe("isOverdue", () => {
  it("is overdue when open and due before today", () => {
    expect(isOverdue({ status: "not_started", dueDate: day("2026-11-30") }, "2026-12-01")).toBe(true);
    expect(isOverdue({ status: "in_progress", dueDate: day("2026-01-01") }, "2026-12-01")).toBe(true);
  });
  it("is not overdue on the due day itself, nor after it", () => {
    expect(isOverdue({ status: "not_started", dueDate: day("2026-12-01") }, "2026-12-01")).toBe(false);
    expect(isOverdue({ status: "not_started", dueDate: day("2026-12-02") }, "2026-12-01")).toBe(false);
  });
  it("is never overdue without a due date, or once done or dropped", () => {
    expect(isOverdue({ status: "not_started", dueDate: null }, "2026-12-01")).toBe(false);
    expect(isOverdue({ status: "done", dueDate: day("2020-01-01") }, "2026-12-01")).toBe(false);
    expect(isOverdue({ status: "dropped", dueDate: day("2020-01-01") }, "2026-12-01")).toBe(false);
  });
  it("compares days, whatever the order of dates (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (due, now) => {
          const dueDay = day(dayOf(due));
          const today = dayOf(now);
          expect(isOverdue({ status: "in_progress", dueDate: dueDay }, today)).toBe(dayOf(dueDay) < today);
        },
      ),
    );
  });
});

describe("statusChangeFields", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  it("writes nothing when the status stays the same", () => {
    for (const status of ACTION_STATUSES) expect(statusChangeFields(status, status, now)).toBeNull();
  });
  it("stamps the change, and doneAt only for done", () => {
    expect(statusChangeFields("in_progress", "done", now)).toEqual({
      status: "done",
      statusChangedAt: now,
      doneAt: now,
    });
    expect(statusChangeFields("not_started", "in_progress", now)).toEqual({
      status: "in_progress",
      statusChangedAt: now,
      doneAt: null,
    });
  });
  it("clears doneAt when a done action is reopened or dropped", () => {
    expect(statusChangeFields("done", "in_progress", now)?.doneAt).toBeNull();
    expect(statusChangeFields("done", "dropped", now)?.doneAt).toBeNull();
  });
});
