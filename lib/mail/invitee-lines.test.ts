import { describe, expect, it } from "vitest";
import { readInviteeLines } from "@/lib/mail/invitee-lines";

describe("readInviteeLines", () => {
  const lines = ["Anna de Vries", "", "  Piet@Example.NL ", "kees@", "joop @example.nl", "mia@example.nl"];

  it("with mail: names stay, addresses are normalised, and bad addresses are named by their line", () => {
    const { invitees, invalid } = readInviteeLines(lines, { sendMail: true });
    expect(invalid).toEqual([
      { line: 4, value: "kees@" },
      { line: 5, value: "joop @example.nl" },
    ]);
    expect(invitees).toEqual([
      { invitee: "Anna de Vries", address: null },
      { invitee: "piet@example.nl", address: "piet@example.nl" },
      { invitee: "kees@", address: null },
      { invitee: "joop @example.nl", address: null },
      { invitee: "mia@example.nl", address: "mia@example.nl" },
    ]);
  });

  it("without mail: every line is a name as written, nothing is refused", () => {
    const { invitees, invalid } = readInviteeLines(lines, { sendMail: false });
    expect(invalid).toEqual([]);
    expect(invitees.map((i) => i.invitee)).toEqual([
      "Anna de Vries",
      "Piet@Example.NL",
      "kees@",
      "joop @example.nl",
      "mia@example.nl",
    ]);
  });

  it("refuses an address with a line break smuggled in", () => {
    expect(readInviteeLines(["a@example.nl\rBcc: b@example.nl"], { sendMail: true }).invalid).toHaveLength(1);
  });
});
