import { describe, expect, it } from "vitest";
import { readCsvInvites, readPastedInvites, splitCsvLine } from "@/lib/mail/mirror-invite-list";

describe("readPastedInvites", () => {
  it("reads lines, commas and semicolons; reports bad lines by number; skips repeats", () => {
    const list = readPastedInvites(
      "anna@example.nl, piet@example.nl\n\nniet-een-adres\nKEES@example.nl; anna@example.nl",
      {
        segment: "zakelijk",
      },
    );
    expect(list.entries).toEqual([
      { address: "anna@example.nl", segment: "zakelijk" },
      { address: "piet@example.nl", segment: "zakelijk" },
      { address: "kees@example.nl", segment: "zakelijk" },
    ]);
    expect(list.problems).toEqual([{ line: 3, value: "niet-een-adres", reason: "address" }]);
    expect(list.duplicates).toBe(1);
  });
});

describe("readCsvInvites", () => {
  it("finds the address and segment columns by their header, with semicolons and quotes", () => {
    const csv =
      '\uFEFFNaam;E-mail;Segment\n"Jansen; A.";anna@example.nl;Zakelijk\nPiet;piet@;particulier\nKees;kees@example.nl;onbekend\nEva;eva@example.nl;\n';
    const list = readCsvInvites(csv, { segments: ["zakelijk", "particulier"] });
    expect(list.entries).toEqual([
      { address: "anna@example.nl", segment: "zakelijk" },
      { address: "eva@example.nl", segment: null },
    ]);
    expect(list.problems).toEqual([
      { line: 3, value: "piet@", reason: "address" },
      { line: 4, value: "onbekend", reason: "segment" },
    ]);
  });

  it("reads a file without a header: addresses in the first column", () => {
    const list = readCsvInvites("anna@example.nl\nANNA@example.nl\npiet@example.nl\n", { segments: [] });
    expect(list.entries.map((e) => e.address)).toEqual(["anna@example.nl", "piet@example.nl"]);
    expect(list.duplicates).toBe(1);
  });

  it("splits quoted fields with doubled quotes", () => {
    expect(splitCsvLine('"a ""b""",c', ",")).toEqual(['a "b"', "c"]);
  });
});
