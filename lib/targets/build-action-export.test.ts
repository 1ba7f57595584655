import { describe, expect, it } from "vitest";
import { ACTION_COLUMNS } from "@/lib/targets/action-rows";
import { buildActionExport } from "@/lib/targets/build-action-export";

const client = {
  id: "c1",
  name: "Gemeente Lindewaarde",
  sector: "public",
  sizeBand: "1000+",
  notes: "",
  archivedAt: null,
};
const base = {
  questionnaireId: "klantkompas-full",
  questionnaireVersion: 2,
  domainId: "interfunctional",
  recommendationId: "interfunctional-aware-joint-customer-day" as string | null,
  owner: "Sanne de Wit",
  notes: "",
  createdAt: new Date("2026-01-10T09:00:00Z"),
  statusChangedAt: new Date("2026-01-10T09:00:00Z"),
  doneAt: null as Date | null,
  scan: { id: "s1", kind: "self", submittedAt: new Date("2026-01-09T08:30:00Z") },
};
const actions = [
  {
    ...base,
    id: "a1",
    title: "Klantdag met alle afdelingen",
    dueDate: new Date("2026-03-01T00:00:00Z"),
    status: "done",
  },
  {
    ...base,
    id: "a2",
    recommendationId: null,
    title: "=SUM(A1)",
    owner: "",
    notes: "regel 1\nregel 2",
    dueDate: new Date("2026-02-01T00:00:00Z"),
    status: "in_progress",
  },
];
const now = new Date("2026-12-01T10:00:00Z");

describe("buildActionExport as CSV", () => {
  const file = buildActionExport({ client, actions, format: "csv", now });
  const lines = file.body.replace(/^\uFEFF/, "").split("\r\n");
  it("has the header of column ids and one row per action", () => {
    expect(lines[0]).toBe(ACTION_COLUMNS.join(";"));
    expect(file.body.startsWith("\uFEFF")).toBe(true);
    // Header and two rows: the note's line break stays inside its quoted cell.
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(file.body).toContain('"regel 1\nregel 2"');
  });
  it("writes due dates as days, overdue as 1/0 on the export's day, and defuses formulas", () => {
    expect(lines[1]).toContain(";2026-03-01;done;0;");
    expect(file.body).toContain(";2026-02-01;in_progress;1;");
    expect(file.body).toContain("'=SUM(A1)");
  });
  it("names the file after the client, the kind and the day", () => {
    expect(file.fileName).toBe("klantkompas-gemeente-lindewaarde-actions-2026-12-01.csv");
    expect(file.contentType).toContain("text/csv");
  });
});

describe("buildActionExport as JSON", () => {
  const file = buildActionExport({ client, actions, format: "json", now });
  const body = JSON.parse(file.body);
  it("has the client and the actions keyed by the column ids, null for empty cells", () => {
    expect(body.exported_at).toBe("2026-12-01T10:00:00Z");
    expect(body.client).toMatchObject({ id: "c1", name: "Gemeente Lindewaarde", size_band: "1000+" });
    expect(Object.keys(body.actions[0])).toEqual([...ACTION_COLUMNS]);
    expect(body.actions[1]).toMatchObject({
      title: "=SUM(A1)",
      owner: null,
      recommendation_id: null,
      overdue: true,
      due_date: "2026-02-01",
      scan_submitted_at: "2026-01-09T08:30:00Z",
      questionnaire_version: 2,
    });
    expect(file.fileName.endsWith(".json")).toBe(true);
  });
});
