import { describe, expect, it } from "vitest";
import {
  isResetToken,
  RESET_THROTTLE,
  RESET_TOKEN_TTL_SECONDS,
  resetMinutesLeft,
} from "@/lib/auth/password-reset-rules";

describe("password reset rules", () => {
  it("gives a link one hour", () => {
    expect(RESET_TOKEN_TTL_SECONDS).toBe(3600);
    const issued = new Date("2026-12-01T12:00:00Z");
    const expires = new Date(issued.getTime() + RESET_TOKEN_TTL_SECONDS * 1000);
    expect(resetMinutesLeft(expires, issued)).toBe(60);
    expect(resetMinutesLeft(expires, new Date(expires.getTime() - 59_999))).toBe(0);
    expect(resetMinutesLeft(expires, new Date(expires.getTime() + 1))).toBe(0);
  });

  it("accepts only better-auth's token shape, so anything else is refused before a look-up", () => {
    expect(isResetToken("aB3dE6gH9jK2mN5pQ8sT1vW4")).toBe(true);
    for (const bad of ["", "short", "aB3dE6gH9jK2mN5pQ8sT1vW4x", "aB3dE6gH9jK2mN5pQ8sT1v-_", null, 42]) {
      expect(isResetToken(bad)).toBe(false);
    }
  });

  it("limits the mail to one address more tightly than one network", () => {
    expect(RESET_THROTTLE.email.maxAttempts).toBeLessThan(RESET_THROTTLE.ip.maxAttempts);
  });
});
