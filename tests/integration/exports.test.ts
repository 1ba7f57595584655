import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/clients/[clientId]/export/route";
import { buildExport } from "@/lib/exports/build-export";
import { getLatestByKind, getQuestionnaire } from "@/lib/questionnaire/registry";
import { type Consultant, getConsultant } from "@/lib/server/auth/current-consultant";
import { db } from "@/lib/server/db/db";
import { loadExportData } from "@/lib/server/exports/load-export-data";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createClientWithHistory } from "@/lib/server/seed/create-client-with-history";
import { createConsultant } from "@/lib/server/seed/create-consultant";
import { loadSelfScan } from "@/tests/factories/self-scan";
import { consultantOf } from "@/tests/factories/workspace";

// The route reads the session through next/headers; tests choose the consultant instead. Prisma is real.
vi.mock("@/lib/server/auth/current-consultant", () => ({ getConsultant: vi.fn(), requireConsultant: vi.fn() }));

const quick = getLatestByKind("quick");
// The first full scan is on v2: v3 has no reverse-worded statements, and the export's reverse scoring is
// still what every stored v1/v2 answer needs.
const full = getQuestionnaire("klantkompas-full", 2);
if (!quick || !full) throw new Error("questionnaires missing");

const INJECTION = '=HYPERLINK("http://evil.example","klik")';

/** RFC 4180 with ";" — what a spreadsheet does when it opens the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) throw new Error("the last row has no CRLF");
  return rows;
}

function records(csv: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

// lib/server/db/db.ts emits query events; counting them shows the loader's cost does not grow with the data.
let queries = 0;
db.$on("query", () => {
  queries += 1;
});

let owner: Consultant;
let stranger: Consultant;
let clientId: string;
let ids: { full: string; quick: string; open: string };

beforeAll(async () => {
  const a = await createConsultant({
    email: "export-owner@example.nl",
    name: "Owner",
    password: "kiezel-op-het-strand",
  });
  const b = await createConsultant({
    email: "export-other@example.nl",
    name: "Other",
    password: "reiger-aan-de-sloot",
  });
  owner = consultantOf(a);
  stranger = consultantOf(b);

  const seeded = await createClientWithHistory({
    workspaceId: owner.workspaceId,
    name: "Woonstichting Één & Ander",
    sector: "nonprofit",
    sizeBand: "250-999",
    notes: "@notitie",
    scans: [
      {
        kind: "full",
        submittedAt: new Date("2025-03-04T10:00:00Z"),
        role: "board",
        team: INJECTION,
        targets: { leadership: 40, culture: 55 },
        version: 2,
      },
      // Submitted below with "don't know" for every HR item, so HR has too few answers to score.
      { kind: "quick", role: "employee", team: "Klant; service", targets: {} },
      { kind: "full", role: "manager", team: "+31 20 555 0000", targets: {} },
    ],
  });
  clientId = seeded.clientId;
  const [fullId = "", quickId = "", openId = ""] = seeded.scanIds;
  ids = { full: fullId, quick: quickId, open: openId };

  const quickScan = await loadSelfScan({ scanId: ids.quick });
  await saveAnswers({
    resumeToken: quickScan.resumeToken,
    // 4 on plain items and 2 on reverse ones: every scored value is 4, so every other domain scores 75.
    answers: quick.items.map((item) => ({
      itemId: item.id,
      value: item.domain === "hr" ? "na" : item.reverse ? 2 : 4,
    })),
  });
  await submitResponse({ resumeToken: quickScan.resumeToken });
  const placed = new Date("2025-10-01T09:00:00Z");
  await db.scan.update({ where: { id: ids.quick }, data: { submittedAt: placed, closedAt: placed } });
  await db.response.updateMany({ where: { scanId: ids.quick }, data: { submittedAt: placed } });
  await refreshClientSummary(db, clientId);
});

describe("loadExportData", () => {
  it("returns the client and its scans, oldest submitted first and open ones last", async () => {
    const data = await loadExportData({ workspaceId: owner.workspaceId, clientId });
    expect(data?.client.name).toBe("Woonstichting Één & Ander");
    expect(data?.scans.map((a) => a.id)).toEqual([ids.full, ids.quick, ids.open]);
    expect(data?.scans[0]?.answers).toHaveLength(full.items.length);
  });

  it("returns nothing for another workspace or an unknown client", async () => {
    expect(await loadExportData({ workspaceId: stranger.workspaceId, clientId })).toBeNull();
    expect(await loadExportData({ workspaceId: owner.workspaceId, clientId: "nosuchclient" })).toBeNull();
  });

  it("runs the same number of queries whatever the number of scans (no N+1)", async () => {
    const small = await createClientWithHistory({
      workspaceId: owner.workspaceId,
      name: "Eén scan",
      sector: "retail",
      sizeBand: "1-9",
      scans: [{ kind: "quick", submittedAt: new Date("2025-01-01T10:00:00Z"), role: "board", targets: {} }],
    });
    const count = async (id: string) => {
      const before = queries;
      await loadExportData({ workspaceId: owner.workspaceId, clientId: id });
      return queries - before;
    };
    const few = await count(small.clientId);
    const many = await count(clientId);
    expect(many).toBe(few);
    // The client, its scans, and one IN-list statement each for domain scores, responses and answers.
    expect(many).toBeLessThanOrEqual(5);
  });

  it("exports a team round as one row of aggregates, never its respondents' roles or answers", async () => {
    const seeded = await createClientWithHistory({
      workspaceId: owner.workspaceId,
      name: "Ronde & Zelfscan",
      sector: "retail",
      sizeBand: "10-49",
      scans: [{ kind: "quick", submittedAt: new Date("2025-01-01T10:00:00Z"), role: "board", targets: {} }],
    });
    const submittedAt = new Date("2025-06-01T10:00:00Z");
    const item = quick.items[0];
    if (!item) throw new Error("quick scan needs items");
    const round = await db.scan.create({
      data: {
        kind: "team",
        questionnaireId: quick.id,
        questionnaireVersion: quick.version,
        organisationName: "Ronde & Zelfscan",
        clientId: seeded.clientId,
        series: `team:${quick.id}`,
        status: "closed",
        closedAt: submittedAt,
        submittedAt,
        overallScore: 61.5,
        overallLevel: "established",
        respondentCount: 2,
        resultsToken: `export-round-${seeded.clientId}`,
        domainScores: {
          create: [
            { domainId: "leadership", score: 62.5, level: "established", answered: 2, total: 2, respondents: 2 },
          ],
        },
        responses: {
          create: ["employee", "manager"].map((role) => ({
            resumeToken: `export-round-${role}-${seeded.clientId}`,
            role,
            team: "Geheim team",
            locale: "nl",
            status: "submitted",
            submittedAt,
            answers: { create: [{ itemId: item.id, value: 4 }] },
          })),
        },
      },
    });
    const data = await loadExportData({ workspaceId: owner.workspaceId, clientId: seeded.clientId });
    const exported = data?.scans.find((a) => a.id === round.id);
    expect(exported).toMatchObject({
      scanKind: "team",
      respondentCount: 2,
      respondentRole: null,
      team: null,
      overallScore: 61.5,
      answers: [],
    });
    if (!data) throw new Error("no data");
    const rows = records(buildExport({ data, kind: "assessments", format: "csv", locale: "nl" }).body);
    expect(rows.find((r) => r.assessment_id === round.id)).toMatchObject({
      scan_kind: "team",
      respondents: "2",
      respondent_role: "",
      team: "",
      leadership_score: "62,5",
    });
    const answers = records(buildExport({ data, kind: "answers", format: "csv", locale: "nl" }).body);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.some((r) => r.assessment_id === round.id)).toBe(false);
    expect(JSON.stringify(data)).not.toContain("Geheim team");
  });
});

describe("export builders on a seeded client", () => {
  it("writes the assessments CSV: BOM, ';', header, one row per assessment, empty insufficient domains", async () => {
    const data = await loadExportData({ workspaceId: owner.workspaceId, clientId });
    if (!data) throw new Error("no data");
    const { body } = buildExport({ data, kind: "assessments", format: "csv", locale: "nl" });
    expect(body.startsWith("\uFEFFassessment_id;started_at;submitted_at;status;")).toBe(true);
    expect(body.endsWith("\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/\r|(?<!\r)\n/);
    const rows = records(body);
    expect(rows.map((r) => r.assessment_id)).toEqual([ids.full, ids.quick, ids.open]);
    const [fullRow, quickRow, openRow] = rows;
    expect(fullRow).toMatchObject({
      submitted_at: "2025-03-04T10:00:00Z",
      status: "submitted",
      kind: "full",
      respondent_role: "board",
      team: `'${INJECTION}`,
      scan_kind: "self",
      respondents: "1",
    });
    expect(fullRow?.overall_score).toMatch(/^\d{1,3}(,\d)?$/);
    expect(quickRow).toMatchObject({ kind: "quick", team: "Klant; service", hr_score: "", hr_level: "" });
    expect(quickRow?.leadership_score).toBe("75");
    expect(quickRow?.leadership_level).toBe("established");
    expect(openRow).toMatchObject({
      status: "in_progress",
      submitted_at: "",
      overall_score: "",
      team: "'+31 20 555 0000",
      scan_kind: "self",
      respondents: "0",
    });
  });

  it("writes the answers CSV: one row per stored answer, reverse items scored, 'don't know' flagged", async () => {
    const data = await loadExportData({ workspaceId: owner.workspaceId, clientId });
    if (!data) throw new Error("no data");
    const stored = await db.answer.count({ where: { response: { scan: { clientId } } } });
    const rows = records(buildExport({ data, kind: "answers", format: "csv", locale: "en" }).body);
    expect(rows).toHaveLength(stored);
    const hr = rows.filter((r) => r.assessment_id === ids.quick && r.domain_id === "hr");
    expect(hr.length).toBeGreaterThan(0);
    for (const row of hr)
      expect(row).toMatchObject({ answer_value: "", dont_know: "1", non_answer: "na", scored_value: "" });
    // The quick scan has no reverse-worded statements; the v2 full scan's show the reverse scoring.
    const reverse = rows.find((r) => r.assessment_id === ids.full && r.reverse === "1" && r.answer_value !== "");
    expect(reverse).toMatchObject({ dont_know: "0", non_answer: "" });
    expect(Number(reverse?.scored_value)).toBe(6 - Number(reverse?.answer_value));
    const item = full.items.find((i) => i.id === reverse?.item_id);
    expect(reverse?.statement).toBe(item?.statement.en);
  });
});

describe("GET /api/clients/[clientId]/export", () => {
  const call = (query: string, id = clientId, init?: RequestInit) =>
    GET(new Request(`http://localhost/api/clients/${id}/export${query}`, init), {
      params: Promise.resolve({ clientId: id }),
    });

  it("answers 401 when signed out", async () => {
    vi.mocked(getConsultant).mockResolvedValue(null);
    const response = await call("?kind=assessments&format=csv");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "unauthorized" });
  });

  it("answers 404 for another workspace's client, an unknown client and a malformed id", async () => {
    vi.mocked(getConsultant).mockResolvedValue(stranger);
    expect((await call("?kind=assessments")).status).toBe(404);
    vi.mocked(getConsultant).mockResolvedValue(owner);
    expect((await call("?kind=assessments", "nosuchclient")).status).toBe(404);
    const malformed = await call("?kind=assessments", "..%2F..%2Fetc");
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({ error: "not-found" });
  });

  it.each([
    ["", "kind"],
    ["?kind=everything", "kind"],
    ["?kind=answers&format=xlsx", "format"],
    ["?kind=answers&locale=de", "locale"],
    [`?kind=${"x".repeat(5000)}`, "kind"],
  ])("answers 400 with a JSON error for a bad query (%#)", async (query, param) => {
    vi.mocked(getConsultant).mockResolvedValue(owner);
    const response = await call(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid-query");
    expect(body.issues.map((i: { param: string }) => i.param)).toContain(param);
  });

  it("serves the assessments CSV as a download that is never cached", async () => {
    vi.mocked(getConsultant).mockResolvedValue(owner);
    const response = await call("?kind=assessments&format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="klantkompas-woonstichting-een-ander-assessments-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records(new TextDecoder().decode(bytes))).toHaveLength(3);
  });

  it("defaults to CSV and takes the statements' language from the locale cookie", async () => {
    vi.mocked(getConsultant).mockResolvedValue(owner);
    const response = await call("?kind=answers", clientId, { headers: { cookie: "a=b; klantkompas-locale=en" } });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const rows = records(await response.text());
    const item = full.items.find((i) => i.id === rows[0]?.item_id);
    expect(rows[0]?.statement).toBe(item?.statement.en);
  });

  it("serves JSON with the client and the rows", async () => {
    vi.mocked(getConsultant).mockResolvedValue(owner);
    const response = await call("?kind=answers&format=json&locale=nl");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/-answers-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = await response.json();
    expect(body.client).toMatchObject({ id: clientId, name: "Woonstichting Één & Ander", notes: "@notitie" });
    expect(body.answers.length).toBe(await db.answer.count({ where: { response: { scan: { clientId } } } }));
    expect(body.answers[0]).toHaveProperty("scored_value");
  });
});
