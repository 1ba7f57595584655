import { describe, expect, it } from "vitest";
import { looksLikeMailAddress, mailAddressSchema, parseMailAddress } from "@/lib/mail/mail-address";

describe("mailAddressSchema", () => {
  it("accepts an address, trimmed and lower-cased", () => {
    expect(parseMailAddress("  Anna.de.Vries@Example.NL ")).toBe("anna.de.vries@example.nl");
    expect(parseMailAddress("a+b@sub.example.test")).toBe("a+b@sub.example.test");
  });

  it("refuses what is not one address", () => {
    for (const bad of [
      "",
      "anna",
      "anna@",
      "@example.nl",
      "anna de vries@example.nl",
      "Anna <anna@example.nl>",
      "a@example.nl, b@example.nl",
      "a@example.nl\r\nBcc: b@example.nl",
      "a@example.nl\nX: y",
      `${"a".repeat(250)}@example.nl`,
    ]) {
      expect(mailAddressSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("tells lines meant as an address from names", () => {
    expect(looksLikeMailAddress("anna@example")).toBe(true);
    expect(looksLikeMailAddress("Anna de Vries")).toBe(false);
  });
});
