import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";

describe("checkPassword", () => {
  it("accepts any 8+ character password that is not common, without composition rules", () => {
    expect(checkPassword("paarse olifant fietst")).toBeNull();
    expect(checkPassword("zonnebloemveld")).toBeNull();
  });
  it("refuses short and overlong passwords", () => {
    expect(checkPassword("kort123")).toBe("too-short");
    expect(checkPassword("x".repeat(129))).toBe("too-long");
    expect(checkPassword("x".repeat(128))).not.toBe("too-long");
  });
  it("refuses common passwords whatever their case", () => {
    expect(checkPassword("password")).toBe("common");
    expect(checkPassword("12345678")).toBe("common");
    expect(checkPassword("Qwertyuiop")).toBe("common");
  });
  it("refuses product words with digits or symbols around them", () => {
    expect(checkPassword("Klantkompas2026!")).toBe("common");
    expect(checkPassword("wachtwoord1")).toBe("common");
  });
  it("refuses a password built on the email address", () => {
    expect(checkPassword("janssen-2026", { email: "janssen@example.nl" })).toBe("contains-email");
  });
});
