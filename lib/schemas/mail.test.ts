import { describe, expect, it } from "vitest";
import { reminderDaysSchema } from "@/lib/schemas/mail";
import { optionalMailAddressSchema } from "@/lib/schemas/mail-address";

const TOKEN = "a".repeat(32);

describe("optionalMailAddressSchema", () => {
  it("reads empty as none and a valid address normalised", () => {
    expect(optionalMailAddressSchema.parse(undefined)).toBeUndefined();
    expect(optionalMailAddressSchema.parse("  ")).toBeUndefined();
    expect(optionalMailAddressSchema.parse(" Anna@Example.NL ")).toBe("anna@example.nl");
  });

  it("refuses anything else with the field's message", () => {
    for (const bad of ["anna", "a@b@c.nl", "a@example.nl\r\nBcc: x@example.nl", "x".repeat(400)]) {
      const parsed = optionalMailAddressSchema.safeParse(bad);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("mail.errors.invalidAddress");
    }
  });
});

describe("reminderDaysSchema", () => {
  it("takes none or one of the offered choices", () => {
    expect(reminderDaysSchema.parse({ token: TOKEN, days: "" }).days).toBeNull();
    expect(reminderDaysSchema.parse({ token: TOKEN, days: "3" }).days).toBe(3);
    expect(reminderDaysSchema.safeParse({ token: TOKEN, days: "4" }).success).toBe(false);
    expect(reminderDaysSchema.safeParse({ token: TOKEN, days: "-1" }).success).toBe(false);
  });
});
