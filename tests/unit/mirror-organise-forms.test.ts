import { describe, expect, it } from "vitest";
import { addMirrorInvitesSchema } from "@/app/actions/mirrors/add-mirror-invites.schema";
import { createMirrorSchema } from "@/app/actions/mirrors/create-mirror.schema";

const TOKEN = "a".repeat(32);
const form = (overrides: Record<string, string> = {}) => ({
  scan: "clx123",
  round: "",
  team: "",
  audience: "external",
  segments: "",
  askNps: "on",
  askMark: "",
  askOpen: "",
  closesAt: "",
  reminderDaysBefore: "",
  locale: "nl",
  ...overrides,
});

describe("the mirror start form", () => {
  it("reads segments one per line and the ticked questions", () => {
    const parsed = createMirrorSchema.parse(form({ segments: " Particulier \n\nzakelijk\nparticulier" }));
    expect(parsed.segments).toEqual(["Particulier", "zakelijk"]);
    expect([parsed.askNps, parsed.askMark, parsed.askOpen]).toEqual([true, false, false]);
    expect(parsed.closesAt).toBeNull();
  });

  it("refuses more than 12 segments, a segment over 60 characters, a past date, and no or two pairings", () => {
    const issue = (overrides: Record<string, string>) =>
      createMirrorSchema.safeParse(form(overrides)).error?.issues[0]?.message;
    expect(issue({ segments: Array.from({ length: 13 }, (_, i) => `s${i}`).join("\n") })).toBe(
      "mirrorOrganise.errors.tooManySegments",
    );
    expect(issue({ segments: "x".repeat(61) })).toBe("mirrorOrganise.errors.segmentTooLong");
    expect(issue({ closesAt: "2020-01-01" })).toBe("round.errors.closingDatePast");
    expect(issue({ scan: "" })).toBe("mirrorOrganise.errors.noPairing");
    expect(issue({ round: TOKEN })).toBe("mirrorOrganise.errors.noPairing");
    expect(issue({ audience: "everyone" })).toBe("errors.invalidValue");
  });
});

describe("the invite form", () => {
  it("needs a pasted list or a file", () => {
    const empty = addMirrorInvitesSchema.safeParse({ token: TOKEN, list: " \n", csv: "", segment: "" });
    expect(empty.error?.issues[0]?.message).toBe("mirrorOrganise.errors.listEmpty");
    expect(addMirrorInvitesSchema.safeParse({ token: TOKEN, list: "", csv: "a@b.nl", segment: "" }).success).toBe(true);
  });
});
