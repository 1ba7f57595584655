import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inWindow, windowStart } from "@/lib/benchmark/window";

const now = new Date("2026-12-01T12:00:00.000Z");

describe("the 24-month window", () => {
  it("starts at the same instant 24 months earlier, inclusive", () => {
    expect(windowStart(now).toISOString()).toBe("2024-12-01T12:00:00.000Z");
    expect(inWindow(new Date("2024-12-01T12:00:00.000Z"), now)).toBe(true);
    expect(inWindow(new Date("2024-12-01T11:59:59.999Z"), now)).toBe(false);
    expect(inWindow(now, now)).toBe(true);
  });

  it("does not count a scan dated after now", () => {
    expect(inWindow(new Date(now.getTime() + 1), now)).toBe(false);
  });

  it("starts on the first of the next month when the day does not exist there", () => {
    expect(windowStart(new Date("2026-02-28T10:00:00Z")).toISOString()).toBe("2024-02-28T10:00:00.000Z");
    expect(windowStart(new Date("2028-02-29T10:00:00Z")).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(windowStart(new Date("2026-03-31T08:00:00Z"), 1).toISOString()).toBe("2026-03-01T00:00:00.000Z");
    // Monotone around the gap: 28 Feb 2028 11:00 starts before 29 Feb 2028 10:00, which starts before 1 March.
    const a = windowStart(new Date("2028-02-28T11:00:00Z")).getTime();
    const b = windowStart(new Date("2028-02-29T10:00:00Z")).getTime();
    const c = windowStart(new Date("2028-03-01T09:00:00Z")).getTime();
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });

  it("always lies about 24 months back, and a later now never starts earlier", () => {
    // Dates near month ends, where clamping could break the order.
    const dates = fc
      .record({
        year: fc.integer({ min: 2000, max: 2100 }),
        month: fc.integer({ min: 0, max: 11 }),
        day: fc.integer({ min: 26, max: 31 }),
        ms: fc.integer({ min: 0, max: 86_399_999 }),
      })
      .map(({ year, month, day, ms }) => new Date(Date.UTC(year, month, day) + ms));
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const days = (a.getTime() - windowStart(a).getTime()) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(727);
        expect(days).toBeLessThanOrEqual(733);
        if (a.getTime() <= b.getTime()) expect(windowStart(a).getTime()).toBeLessThanOrEqual(windowStart(b).getTime());
      }),
    );
  });
});
