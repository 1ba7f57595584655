import { describe, expect, it } from "vitest";
import { exportFileName, localDate, slugify } from "@/lib/exports/export-file-name";

describe("exportFileName", () => {
  it("names action and round exports the same way, with the day in Amsterdam", () => {
    const lateEvening = new Date("2026-11-23T23:30:00Z");
    expect(exportFileName({ clientName: "Acme", kind: "actions", format: "csv", now: lateEvening })).toBe(
      "klantkompas-acme-actions-2026-11-24.csv",
    );
    expect(
      exportFileName({ clientName: "???", fallback: "round", kind: "round-domains", format: "json", now: lateEvening }),
    ).toBe("klantkompas-round-round-domains-2026-11-24.json");
  });

  it("names the client, the kind and the date, safe for any file system", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(exportFileName({ clientName: "Gemeente Lindewaarde", kind: "assessments", format: "csv", now })).toBe(
      "klantkompas-gemeente-lindewaarde-assessments-2026-11-23.csv",
    );
    expect(exportFileName({ clientName: "Café 't Hoekje", kind: "answers", format: "json", now })).toBe(
      "klantkompas-cafe-t-hoekje-answers-2026-11-23.json",
    );
  });

  it("keeps only ASCII letters, digits and dashes, with a fallback for names without any", () => {
    expect(slugify('a"b\r\n;c/../d')).toBe("a-b-c-d");
    expect(slugify("Ærø Øst — ß")).toMatch(/^[a-z0-9-]+$/);
    expect(slugify("???")).toBe("client");
    expect(slugify("x".repeat(200)).length).toBeLessThanOrEqual(60);
  });

  it("uses the calendar date in the Netherlands", () => {
    expect(localDate(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
    expect(localDate(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });
});
