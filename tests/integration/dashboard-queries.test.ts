import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SECTORS } from "@/lib/clients/options";
import { clientListQuerySchema } from "@/lib/schemas/client";
import { listClientScans } from "@/lib/server/clients/client-scans";
import { CLIENT_PAGE_SIZE, listClients } from "@/lib/server/clients/list-clients";
import { db } from "@/lib/server/db/db";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { type DashboardClientSummary, seedDashboardScans } from "@/tests/factories/dashboard-scans";
import { createTestClient, createWorkspaceWithConsultant, questionnaireOfKind } from "@/tests/factories/workspace";

// The dashboard (listClients) reads only the denormalised summary on Client; refreshClientSummary is
// tested through the real submit flow in client-summary.test.ts, so here the summaries are written directly.

const quick = questionnaireOfKind("quick");
const query = (input: Record<string, string | number> = {}) => clientListQuerySchema.parse(input);

// One listener for the whole file (Prisma has no $off); it only records while `counting` is set.
let counting = false;
const queries: string[] = [];
db.$on("query", (event) => {
  if (counting) queries.push(event.query);
});
async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  queries.length = 0;
  counting = true;
  try {
    const result = await run();
    // Guards against a vacuous "at most 2": with query events switched off in lib/server/db/db.ts nothing is seen.
    if (queries.length === 0)
      throw new Error('no query events: is `log: [{ emit: "event", level: "query" }]` still set?');
    return { result, queries: [...queries] };
  } finally {
    counting = false;
  }
}

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

type Summary = { at?: string; score?: number; level?: string; change?: number };

describe("listClients: search, filters, sorts and pages", () => {
  let workspaceId: string;
  const ids = new Map<string, string>();

  async function client(name: string, sector: (typeof SECTORS)[number], summary: Summary = {}) {
    const id = await createTestClient(workspaceId, { name, sector });
    if (summary.at) {
      await db.client.update({
        where: { id },
        data: {
          submittedCount: summary.change === undefined ? 1 : 2,
          latestSubmittedAt: new Date(summary.at),
          latestScore: summary.score ?? null,
          latestLevel: summary.level ?? null,
          latestChange: summary.change ?? null,
          weakestDomain: "culture",
        },
      });
    }
    ids.set(name, id);
    return id;
  }

  beforeAll(async () => {
    ({ workspaceId } = await createWorkspaceWithConsultant());
    await client("Bakkerij De Vries", "retail", { at: "2026-03-01", score: 72.5, level: "established", change: 5 });
    await client("Zorggroep Noord", "healthcare", { at: "2026-01-15", score: 35, level: "aware", change: -10 });
    // Same score as the bakery: the tie is broken by name, ascending in both directions.
    await client("Installatiebedrijf Smit", "construction", { at: "2026-05-20", score: 72.5, level: "established" });
    await client("Advies & Co", "business-services", { at: "2026-02-10", score: 88, level: "leading", change: 12.25 });
    // No scans yet: last in every sort on a scan field, whichever direction.
    await client("Gemeente Oost", "public");
    await client("Hotel aan Zee", "hospitality");
    const archived = await client("Archief Retail BV", "retail", {
      at: "2026-04-01",
      score: 90,
      level: "leading",
      change: 1,
    });
    await db.client.update({ where: { id: archived }, data: { archivedAt: new Date("2026-06-01") } });
  });

  it("lists the active clients by name by default, with the total and one page", async () => {
    const listed = await listClients({ workspaceId, query: query() });
    expect(names(listed.rows)).toEqual([
      "Advies & Co",
      "Bakkerij De Vries",
      "Gemeente Oost",
      "Hotel aan Zee",
      "Installatiebedrijf Smit",
      "Zorggroep Noord",
    ]);
    expect(listed).toMatchObject({ total: 6, page: 1, pageCount: 1 });
  });

  it.each([
    [
      "name",
      "asc",
      [
        "Advies & Co",
        "Bakkerij De Vries",
        "Gemeente Oost",
        "Hotel aan Zee",
        "Installatiebedrijf Smit",
        "Zorggroep Noord",
      ],
    ],
    [
      "name",
      "desc",
      [
        "Zorggroep Noord",
        "Installatiebedrijf Smit",
        "Hotel aan Zee",
        "Gemeente Oost",
        "Bakkerij De Vries",
        "Advies & Co",
      ],
    ],
    [
      "lastScan",
      "asc",
      [
        "Zorggroep Noord",
        "Advies & Co",
        "Bakkerij De Vries",
        "Installatiebedrijf Smit",
        "Gemeente Oost",
        "Hotel aan Zee",
      ],
    ],
    [
      "lastScan",
      "desc",
      [
        "Installatiebedrijf Smit",
        "Bakkerij De Vries",
        "Advies & Co",
        "Zorggroep Noord",
        "Gemeente Oost",
        "Hotel aan Zee",
      ],
    ],
    [
      "score",
      "asc",
      [
        "Zorggroep Noord",
        "Bakkerij De Vries",
        "Installatiebedrijf Smit",
        "Advies & Co",
        "Gemeente Oost",
        "Hotel aan Zee",
      ],
    ],
    [
      "score",
      "desc",
      [
        "Advies & Co",
        "Bakkerij De Vries",
        "Installatiebedrijf Smit",
        "Zorggroep Noord",
        "Gemeente Oost",
        "Hotel aan Zee",
      ],
    ],
    // One scan only means no change: the smith joins the clients without scans at the end.
    [
      "change",
      "asc",
      [
        "Zorggroep Noord",
        "Bakkerij De Vries",
        "Advies & Co",
        "Gemeente Oost",
        "Hotel aan Zee",
        "Installatiebedrijf Smit",
      ],
    ],
    [
      "change",
      "desc",
      [
        "Advies & Co",
        "Bakkerij De Vries",
        "Zorggroep Noord",
        "Gemeente Oost",
        "Hotel aan Zee",
        "Installatiebedrijf Smit",
      ],
    ],
  ])("sorts by %s %s with empty values last", async (sort, dir, expected) => {
    const listed = await listClients({ workspaceId, query: query({ sort, dir }) });
    expect(names(listed.rows)).toEqual(expected);
  });

  it.each([
    ["vries", ["Bakkerij De Vries"]],
    ["ZORGGROEP", ["Zorggroep Noord"]],
    ["  smit  ", ["Installatiebedrijf Smit"]],
    ["advies & co", ["Advies & Co"]],
    ["ee", ["Gemeente Oost", "Hotel aan Zee"]],
  ])("finds %j in any part of the name, ignoring case", async (q, expected) => {
    expect(names((await listClients({ workspaceId, query: query({ q }) })).rows)).toEqual(expected);
  });

  // Prisma turns `contains` into LIKE without escaping on SQLite (prisma/orm#23611, #19506); the search
  // runs on Client.nameKey, in which % and _ are swapped for characters LIKE does not treat specially.
  it("treats % and _ in a search as ordinary characters, not as wildcards", async () => {
    const percent = await createTestClient(workspaceId, { name: "Korting 100% Zeker" });
    const underscore = await createTestClient(workspaceId, { name: "Data_Lab" });
    try {
      expect(names((await listClients({ workspaceId, query: query({ q: "%" }) })).rows)).toEqual([
        "Korting 100% Zeker",
      ]);
      expect(names((await listClients({ workspaceId, query: query({ q: "_" }) })).rows)).toEqual(["Data_Lab"]);
    } finally {
      await db.client.deleteMany({ where: { id: { in: [percent, underscore] } } });
    }
  });

  it("filters by sector and by level; clients without a scan have no level", async () => {
    expect(names((await listClients({ workspaceId, query: query({ sector: "healthcare" }) })).rows)).toEqual([
      "Zorggroep Noord",
    ]);
    expect(names((await listClients({ workspaceId, query: query({ level: "established" }) })).rows)).toEqual([
      "Bakkerij De Vries",
      "Installatiebedrijf Smit",
    ]);
    const combined = await listClients({
      workspaceId,
      query: query({ level: "established", sector: "construction", sort: "score", dir: "desc" }),
    });
    expect(names(combined.rows)).toEqual(["Installatiebedrijf Smit"]);
    expect(combined.total).toBe(1);
    expect((await listClients({ workspaceId, query: query({ level: "reactive" }) })).rows).toEqual([]);
  });

  it("falls back to the defaults for a tampered query string", async () => {
    const listed = await listClients({
      workspaceId,
      query: query({ sector: "casino", level: "DROP TABLE", sort: "secret", dir: "sideways", page: -3, archived: "2" }),
    });
    expect(names(listed.rows)).toHaveLength(6);
    expect(listed.page).toBe(1);
  });

  it("shows archived clients only with the archived toggle, with their summary", async () => {
    const active = await listClients({ workspaceId, query: query({ archived: "0" }) });
    expect(names(active.rows)).not.toContain("Archief Retail BV");
    const archived = await listClients({ workspaceId, query: query({ archived: "1" }) });
    expect(archived.rows).toEqual([
      expect.objectContaining({ name: "Archief Retail BV", latestScore: 90, archivedAt: new Date("2026-06-01") }),
    ]);
    expect(archived.total).toBe(1);
    // Search and filters apply inside the archive too, and only there for archived clients.
    expect(names((await listClients({ workspaceId, query: query({ q: "retail" }) })).rows)).toEqual([]);
    expect(names((await listClients({ workspaceId, query: query({ q: "retail", archived: "1" }) })).rows)).toEqual([
      "Archief Retail BV",
    ]);
    expect((await listClients({ workspaceId, query: query({ archived: "1", sector: "public" }) })).rows).toEqual([]);
  });

  it("returns each row's summary fields for the table", async () => {
    const { rows } = await listClients({ workspaceId, query: query({ q: "Zorggroep" }) });
    expect(rows).toEqual([
      {
        id: ids.get("Zorggroep Noord"),
        name: "Zorggroep Noord",
        sector: "healthcare",
        sizeBand: "10-49",
        archivedAt: null,
        submittedCount: 2,
        latestSubmittedAt: new Date("2026-01-15"),
        latestScore: 35,
        latestLevel: "aware",
        latestChange: -10,
        latestChangeBasis: null,
        latestChangeJudged: null,
        latestChangeBeyond: null,
        weakestDomain: "culture",
      },
    ]);
  });
});

describe("listClients: search beyond ASCII", () => {
  // SQLite's LIKE folds case for ASCII letters only, so the search runs on Client.nameKey (lower case,
  // accents removed): "émile", "CAFÉ" and "cafe" all find "Émile Café".
  it("ignores case and accents", async () => {
    const { workspaceId } = await createWorkspaceWithConsultant();
    await createTestClient(workspaceId, { name: "Émile Café" });
    const find = async (q: string) => names((await listClients({ workspaceId, query: query({ q }) })).rows);
    expect(await find("café")).toEqual(["Émile Café"]);
    expect(await find("CAFé")).toEqual(["Émile Café"]);
    expect(await find("Émile")).toEqual(["Émile Café"]);
    expect(await find("émile")).toEqual(["Émile Café"]);
    expect(await find("CAFÉ")).toEqual(["Émile Café"]);
    expect(await find("cafe")).toEqual(["Émile Café"]);
  });
});

describe("listClients: pages", () => {
  let workspaceId: string;
  const allNames = Array.from({ length: 30 }, (_, i) => `Paginaklant ${String(i + 1).padStart(2, "0")}`);

  beforeAll(async () => {
    ({ workspaceId } = await createWorkspaceWithConsultant());
    await db.client.createMany({
      data: allNames.map((name) => ({ workspaceId, name, sector: "ict", sizeBand: "1-9" })),
    });
  });

  it("puts the first 25 on page 1 and the rest on page 2, in order and without overlap", async () => {
    const first = await listClients({ workspaceId, query: query({ page: 1 }) });
    const second = await listClients({ workspaceId, query: query({ page: "2" }) });
    expect(first.rows).toHaveLength(CLIENT_PAGE_SIZE);
    expect(second.rows).toHaveLength(30 - CLIENT_PAGE_SIZE);
    expect([...first.rows, ...second.rows].map((r) => r.name)).toEqual(allNames);
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(second).toMatchObject({ total: 30, page: 2, pageCount: 2 });
  });

  it("answers an empty page past the end with the right page count", async () => {
    const past = await listClients({ workspaceId, query: query({ page: 7 }) });
    expect(past).toEqual({ rows: [], total: 30, page: 7, pageCount: 2 });
  });

  it("has one (empty) page for a workspace without clients", async () => {
    const empty = await createWorkspaceWithConsultant();
    expect(await listClients({ workspaceId: empty.workspaceId, query: query() })).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });
});

const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");

// Bulk insert in one statement per slice (lib/server/seed/bulk-insert.ts): Prisma's createMany took ~60 s for these
// 141,000 rows; this takes ~4 s, through the same Prisma client and database.

describe("performance: 1,000 clients with 20 submitted scans each", () => {
  const CLIENTS = 1_000;
  const SCANS = 20;
  const domainIds = quick.domains.map((d) => d.id);
  let workspaceId: string;
  const expected: DashboardClientSummary[] = [];

  beforeAll(async () => {
    ({ workspaceId } = await createWorkspaceWithConsultant());
    const summaries = await seedDashboardScans({
      workspaceId,
      questionnaire: quick,
      clients: CLIENTS,
      scans: SCANS,
      idPrefix: `perf${workspaceId.slice(-8)}c`,
      namePrefix: "Prestatieklant",
    });
    expected.push(...summaries);
  }, 60_000);

  afterAll(async () => {
    // Keep the shared test database small for the files that run after this one.
    // Responses and domain scores go with their scans (ON DELETE CASCADE).
    await db.scan.deleteMany({ where: { client: { workspaceId } } });
    await db.workspace.delete({ where: { id: workspaceId } });
  }, 60_000);

  // SQLite keeps dates as text; PostgreSQL has a timestamp type, so there is nothing to compare there.
  it.skipIf(onPostgres)(
    "stores dates exactly as Prisma does, so text comparison in ORDER BY stays chronological",
    async () => {
      const id = expected[0]?.id ?? "";
      const at = expected[0]?.latestSubmittedAt ?? new Date();
      const [raw] = await db.$queryRaw<
        Array<{ stored: string }>
      >`SELECT '' || latestSubmittedAt AS stored FROM Client WHERE id = ${id}`;
      await db.client.update({ where: { id }, data: { latestSubmittedAt: at } });
      const [viaPrisma] = await db.$queryRaw<
        Array<{ stored: string }>
      >`SELECT '' || latestSubmittedAt AS stored FROM Client WHERE id = ${id}`;
      expect(raw?.stored).toBe(viaPrisma?.stored);
    },
  );

  it("has summaries that match what refreshClientSummary computes from the scans", async () => {
    for (const index of [0, 1, 499, 998, 999]) {
      const id = expected[index]?.id ?? "";
      const before = await db.client.findUniqueOrThrow({ where: { id } });
      await refreshClientSummary(db, id);
      const { updatedAt: _a, ...after } = await db.client.findUniqueOrThrow({ where: { id } });
      const { updatedAt: _b, ...stored } = before;
      expect(after).toEqual(stored);
    }
  });

  it.each([
    ["name", "asc"],
    ["lastScan", "desc"],
    ["score", "desc"],
    ["change", "asc"],
  ])("lists a page sorted by %s %s in at most 2 queries", async (sort, dir) => {
    const { result, queries: run } = await countQueries(() =>
      listClients({ workspaceId, query: query({ sort, dir, page: 40 }) }),
    );
    expect(run.length).toBeLessThanOrEqual(2);
    expect(result).toMatchObject({ total: CLIENTS, page: 40, pageCount: 40 });
    expect(result.rows).toHaveLength(25);
  });

  it("puts the right 25 clients on page 40 when sorting by score, ties by name", async () => {
    const order = [...expected].sort((a, b) => b.latestScore - a.latestScore || (a.name < b.name ? -1 : 1));
    const { rows } = await listClients({ workspaceId, query: query({ sort: "score", dir: "desc", page: 40 }) });
    expect(rows.map((r) => r.id)).toEqual(order.slice(975).map((c) => c.id));
    // The data has ties on score, so the name tie-break is actually exercised.
    expect(new Set(expected.map((c) => c.latestScore)).size).toBeLessThan(CLIENTS);
  });

  it("puts the right 25 clients on page 40 when sorting by last scan, newest first", async () => {
    const order = [...expected].sort(
      (a, b) => b.latestSubmittedAt.getTime() - a.latestSubmittedAt.getTime() || (a.name < b.name ? -1 : 1),
    );
    const { rows } = await listClients({ workspaceId, query: query({ sort: "lastScan", dir: "desc", page: 40 }) });
    expect(rows.map((r) => r.id)).toEqual(order.slice(975).map((c) => c.id));
  });

  it("filters 1,000 clients by sector and level in at most 2 queries", async () => {
    const { result, queries: run } = await countQueries(() =>
      listClients({
        workspaceId,
        query: query({ sector: "retail", level: "developing", sort: "change", dir: "desc" }),
      }),
    );
    expect(run.length).toBeLessThanOrEqual(2);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((r) => r.sector === "retail" && r.latestLevel === "developing")).toBe(true);
  });

  it("reads a client's 20 scans with their domain scores in a fixed number of queries", async () => {
    const clientId = expected[123]?.id ?? "";
    const { result, queries: run } = await countQueries(() => listClientScans({ workspaceId, clientId }));
    expect(result).toHaveLength(SCANS);
    expect(result.every((a) => a.domainScores.length === domainIds.length)).toBe(true);
    expect(result.map((a) => a.submittedAt?.getTime())).toEqual(
      [...result.map((a) => a.submittedAt?.getTime() ?? 0)].sort((a, b) => a - b),
    );
    // Each self-scan's one respondent is read with it (role, team, invite link).
    expect(result.every((a) => a.respondentRole === "manager" && a.resumeToken === `${a.id}r`)).toBe(true);
    // Prisma on SQLite has no relation joins: the domain scores and the responses each come in one more
    // statement (one IN list each), so this is 3, not 1 — but never one per scan.
    expect(run.length).toBeLessThanOrEqual(3);
  });
});
