import { describe, expect, it } from "vitest";
import { describeMailError, MAX_MAIL_ATTEMPTS, nextAttemptAfter, RETRY_DELAYS_MS } from "@/lib/mail/mail-backoff";

const now = new Date("2026-12-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe("nextAttemptAfter", () => {
  it("backs off 1 min, 5 min, 30 min, 2 h, 6 h after the 1st..5th failure", () => {
    expect(nextAttemptAfter({ attempts: 1, now })?.toISOString()).toBe(later(60_000));
    expect(nextAttemptAfter({ attempts: 2, now })?.toISOString()).toBe(later(5 * 60_000));
    expect(nextAttemptAfter({ attempts: 3, now })?.toISOString()).toBe(later(30 * 60_000));
    expect(nextAttemptAfter({ attempts: 4, now })?.toISOString()).toBe(later(2 * 3_600_000));
    expect(nextAttemptAfter({ attempts: 5, now })?.toISOString()).toBe(later(6 * 3_600_000));
  });

  it("gives up after the last attempt", () => {
    expect(MAX_MAIL_ATTEMPTS).toBe(RETRY_DELAYS_MS.length + 1);
    expect(nextAttemptAfter({ attempts: MAX_MAIL_ATTEMPTS, now })).toBeNull();
    expect(nextAttemptAfter({ attempts: MAX_MAIL_ATTEMPTS + 3, now })).toBeNull();
  });

  it("treats 0 attempts like the first", () => {
    expect(nextAttemptAfter({ attempts: 0, now })?.toISOString()).toBe(later(60_000));
  });
});

describe("describeMailError", () => {
  it("keeps one line of at most 500 characters", () => {
    expect(describeMailError(new Error("451 try\r\n again later"))).toBe("451 try again later");
    expect(describeMailError("x".repeat(600))).toHaveLength(500);
    expect(describeMailError(new Error(""))).toBe("unknown error");
  });
});
