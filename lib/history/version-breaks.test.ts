import { describe, expect, it } from "vitest";
import type { HistoryScan } from "@/lib/history/types";
import { versionBreaks } from "@/lib/history/version-breaks";

const scan = (id: string, day: number, version: number, status = "submitted"): HistoryScan => ({
  id,
  status,
  submittedAt: status === "submitted" ? new Date(Date.UTC(2026, 0, day)) : null,
  questionnaireId: "klantkompas-full",
  questionnaireVersion: version,
  overallScore: 50,
  overallLevel: null,
  domainScores: [],
});

describe("versionBreaks", () => {
  it("marks each move to another version, oldest first, whatever order the scans come in", () => {
    const scans = [scan("c", 20, 3), scan("a", 1, 1), scan("b", 10, 2), scan("d", 30, 3)];
    expect(versionBreaks(scans)).toEqual([
      { scanId: "b", date: new Date(Date.UTC(2026, 0, 10)), fromVersion: 1, toVersion: 2 },
      { scanId: "c", date: new Date(Date.UTC(2026, 0, 20)), fromVersion: 2, toVersion: 3 },
    ]);
  });

  it("has no break within one version, and ignores unfinished scans", () => {
    expect(versionBreaks([scan("a", 1, 2), scan("b", 2, 2)])).toEqual([]);
    expect(versionBreaks([scan("a", 1, 2), scan("b", 2, 3, "open")])).toEqual([]);
  });
});
