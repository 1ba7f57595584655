import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { bin, repoRoot, runCommand } from "@/scripts/lib/run-command";

// The upgrade a live database goes through: a file migrated up to the last migration before Scan/Response, filled
// with v1 assessments of every kind through raw SQL (the v1 tables no longer have a Prisma model), then migrated
// with `prisma migrate deploy` exactly as in production. Every fact must come through unchanged.

const NEW_MIGRATION = "20261201100000_scan_response";
const migrationsDir = join(repoRoot, "prisma", "migrations");
const migrations = readdirSync(migrationsDir)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();
const before = migrations.filter((name) => name < NEW_MIGRATION);
// This one and any that came after it: the upgrade runs them all, as a deploy of today's code would.
const upgrade = migrations.filter((name) => name >= NEW_MIGRATION);

const quick = getLatestByKind("quick");
const full = getLatestByKind("full");
if (!quick || !full) throw new Error("questionnaires missing");

// --- better-sqlite3, loaded by name: it ships no type declarations ---

type Row = Record<string, unknown>;
type Statement = {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
};
type SqliteDatabase = {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  transaction(run: () => void): () => void;
  close(): void;
};
type SqliteModule = { default: new (file: string, options?: { readonly?: boolean }) => SqliteDatabase };

async function openSqlite(file: string, options: { readonly?: boolean } = {}): Promise<SqliteDatabase> {
  const moduleName: string = "better-sqlite3";
  const { default: Database } = (await import(moduleName)) as SqliteModule;
  return new Database(file, options);
}

// --- The throw-away database and its own migrations folder ---

let dir: string;
let file: string;
let migrateOutput = "";

/** `prisma migrate deploy` on the throw-away file, with the migrations copied into `dir/migrations` so far. */
async function deploy(): Promise<void> {
  const result = await runCommand(bin("prisma"), ["migrate", "deploy", "--config", join(dir, "prisma.config.mjs")], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    quiet: true,
  });
  migrateOutput += result.output;
  if (result.code !== 0) throw new Error(`prisma migrate deploy failed:\n${result.output}`);
}

function copyMigration(name: string): void {
  cpSync(join(migrationsDir, name), join(dir, "migrations", name), { recursive: true });
}

/** As the Prisma SQLite adapter stores a DateTime: ISO 8601 text ending in +00:00. */
const stored = (date: Date) => date.toISOString().replace(/Z$/, "+00:00");
const at = (iso: string) => new Date(iso);

// --- v1 data: assessments of every kind ---

type V1Assessment = {
  id: string;
  resumeToken: string;
  shareToken: string;
  questionnaireId: string;
  questionnaireVersion: number;
  locale: string;
  organisationName: string;
  respondentRole: string;
  team: string | null;
  clientId: string | null;
  status: "in_progress" | "submitted";
  overallScore: number | null;
  overallLevel: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
};
type V1Answer = { assessmentId: string; itemId: string; value: number | null; updatedAt: Date };
type V1DomainScore = {
  assessmentId: string;
  domainId: string;
  score: number | null;
  level: string | null;
  answered: number;
  total: number;
};

const WORKSPACE = "wsmigration";
const CLIENT = "clmigration";
const EMPTY_CLIENT = "clmigrationempty";

function assessment(overrides: Partial<V1Assessment> & Pick<V1Assessment, "id">): V1Assessment {
  return {
    resumeToken: `${overrides.id}-resume-token-000000000000000`.slice(0, 32),
    shareToken: `${overrides.id}-share-token-0000000000000000`.slice(0, 32),
    questionnaireId: quick?.id ?? "",
    questionnaireVersion: quick?.version ?? 1,
    locale: "nl",
    organisationName: "Woonstichting Één & Ander",
    respondentRole: "manager",
    team: null,
    clientId: CLIENT,
    status: "in_progress",
    overallScore: null,
    overallLevel: null,
    createdAt: at("2025-01-10T09:00:00.000Z"),
    updatedAt: at("2025-01-10T09:30:00.000Z"),
    submittedAt: null,
    ...overrides,
  };
}

const assessments: V1Assessment[] = [
  // Submitted, filed under a client, every domain scored but one without enough answers.
  assessment({
    id: "asubmittedquick",
    status: "submitted",
    overallScore: 54.17,
    overallLevel: "developing",
    createdAt: at("2025-02-01T08:00:00.000Z"),
    updatedAt: at("2025-02-03T10:15:00.123Z"),
    submittedAt: at("2025-02-03T10:15:00.123Z"),
  }),
  // Submitted full scan of another role and team, the client's latest: its summary points here.
  assessment({
    id: "asubmittedfull",
    questionnaireId: full.id,
    questionnaireVersion: full.version,
    locale: "en",
    respondentRole: "board",
    team: "Klantenservice",
    status: "submitted",
    overallScore: 62.5,
    overallLevel: "established",
    createdAt: at("2025-06-01T08:00:00.000Z"),
    updatedAt: at("2025-06-02T14:00:00.000Z"),
    submittedAt: at("2025-06-02T14:00:00.000Z"),
  }),
  // Submitted with no score at all (every answer "don't know").
  assessment({
    id: "asubmittedempty",
    respondentRole: "employee",
    status: "submitted",
    createdAt: at("2025-03-01T08:00:00.000Z"),
    updatedAt: at("2025-03-01T08:20:00.000Z"),
    submittedAt: at("2025-03-01T08:20:00.000Z"),
  }),
  // In progress under the client, with answers including "don't know" (null).
  assessment({
    id: "aopenanswered",
    respondentRole: "employee",
    team: "Team: Noord",
    createdAt: at("2025-07-01T08:00:00.000Z"),
    updatedAt: at("2025-07-01T08:45:00.000Z"),
  }),
  // In progress, never answered, not filed under any client.
  assessment({ id: "aopenblank", clientId: null, organisationName: "Anoniem", locale: "en" }),
  // Submitted anonymously, not filed under any client.
  assessment({
    id: "asubmittedloose",
    clientId: null,
    organisationName: "Losse scan BV",
    respondentRole: "board",
    team: "",
    status: "submitted",
    overallScore: 75,
    overallLevel: "established",
    createdAt: at("2025-04-01T08:00:00.000Z"),
    updatedAt: at("2025-04-01T09:00:00.000Z"),
    submittedAt: at("2025-04-01T09:00:00.000Z"),
  }),
];

const byId = (id: string) => {
  const found = assessments.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Answers for an assessment: the given values in item order, null where "don't know". */
function answersFor(id: string, values: ReadonlyArray<number | null>, updatedAt: (index: number) => Date): V1Answer[] {
  const a = byId(id);
  const questionnaire = a.questionnaireId === full?.id ? full : quick;
  return values.map((value, index) => {
    const item = questionnaire?.items[index];
    if (!item) throw new Error(`no item ${index}`);
    return { assessmentId: id, itemId: item.id, value, updatedAt: updatedAt(index) };
  });
}

const answers: V1Answer[] = [
  ...answersFor(
    "asubmittedquick",
    quick.items.map((_, i) => (i % 5 === 4 ? null : (i % 5) + 1)),
    (i) => at(`2025-02-01T08:${String(10 + i).padStart(2, "0")}:00.000Z`),
  ),
  ...answersFor(
    "asubmittedfull",
    full.items.map((_, i) => (i % 7 === 0 ? null : 4)),
    // A minute apart from 09:00; counted in milliseconds because the full scan can have more than 60 items.
    (i) => new Date(at("2025-06-01T09:00:00.000Z").getTime() + i * 60_000),
  ),
  ...answersFor(
    "asubmittedempty",
    quick.items.map(() => null),
    () => at("2025-03-01T08:10:00.000Z"),
  ),
  ...answersFor("aopenanswered", [3, null, 5, null, 1], (i) =>
    at(`2025-07-01T08:${String(40 - i).padStart(2, "0")}:00.000Z`),
  ),
];

function domainScoresFor(id: string, scores: ReadonlyArray<number | null>): V1DomainScore[] {
  return (
    quick?.domains.map((d, i) => {
      const score = scores[i] ?? null;
      return {
        assessmentId: id,
        domainId: d.id,
        score,
        level: score === null ? null : score >= 60 ? "established" : "developing",
        answered: score === null ? 0 : 2,
        total: id === "asubmittedfull" ? 8 : 2,
      };
    }) ?? []
  );
}

const domainScores: V1DomainScore[] = [
  ...domainScoresFor("asubmittedquick", [62.5, 50, 37.5, 75, 50, null]),
  ...domainScoresFor("asubmittedfull", [70.83, 62.5, 54.17, 58.33, 66.67, 62.5]),
  ...domainScoresFor("asubmittedempty", [null, null, null, null, null, null]),
  ...domainScoresFor("asubmittedloose", [75, 75, 75, 75, 75, 75]),
];

const client = {
  id: CLIENT,
  workspaceId: WORKSPACE,
  name: "Woonstichting Één & Ander",
  nameKey: "woonstichting een & ander",
  sector: "nonprofit",
  sizeBand: "250-999",
  notes: "Notitie met 'aanhalingstekens'",
  archivedAt: null,
  createdAt: stored(at("2025-01-01T08:00:00.000Z")),
  updatedAt: stored(at("2025-06-02T14:00:00.000Z")),
  submittedCount: 3,
  latestAssessmentId: "asubmittedfull",
  latestSubmittedAt: stored(at("2025-06-02T14:00:00.000Z")),
  latestScore: 62.5,
  latestLevel: "established",
  latestChange: 8.33,
  weakestDomain: "strategy",
};

function insert(database: SqliteDatabase, table: string, row: Row): void {
  const columns = Object.keys(row);
  database
    .prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
    )
    .run(...columns.map((c) => (row[c] instanceof Date ? stored(row[c] as Date) : row[c])));
}

async function fillV1(): Promise<void> {
  const database = await openSqlite(file);
  try {
    database.pragma("foreign_keys = ON");
    database.transaction(() => {
      const now = stored(at("2025-01-01T08:00:00.000Z"));
      insert(database, "Workspace", { id: WORKSPACE, name: "Migratie", createdAt: now, updatedAt: now });
      insert(database, "Client", client);
      insert(database, "Client", {
        ...client,
        id: EMPTY_CLIENT,
        name: "Nog geen scans",
        nameKey: "nog geen scans",
        submittedCount: 0,
        latestAssessmentId: null,
        latestSubmittedAt: null,
        latestScore: null,
        latestLevel: null,
        latestChange: null,
        weakestDomain: null,
      });
      for (const a of assessments) insert(database, "Assessment", a);
      for (const a of answers) insert(database, "Answer", a);
      for (const d of domainScores) insert(database, "DomainScore", d);
    })();
  } finally {
    database.close();
  }
}

// --- The upgrade ---

let migrated: SqliteDatabase;

beforeAll(async () => {
  expect(before.length).toBeGreaterThan(0);
  dir = mkdtempSync(join(tmpdir(), "klantkompas-migration-"));
  file = join(dir, "klantkompas.db");
  mkdirSync(join(dir, "migrations"));
  cpSync(join(migrationsDir, "migration_lock.toml"), join(dir, "migrations", "migration_lock.toml"));
  for (const name of before) copyMigration(name);
  // The project's prisma.config.ts, pointed at this folder; the adapter is imported by absolute path since the
  // config file lives outside the project.
  const adapter = pathToFileURL(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3")).href;
  writeFileSync(
    join(dir, "prisma.config.mjs"),
    `import { PrismaBetterSQLite3 } from ${JSON.stringify(adapter)};
export default {
  schema: ${JSON.stringify(join(repoRoot, "prisma", "schema.prisma"))},
  migrations: { path: ${JSON.stringify(join(dir, "migrations"))} },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: ${JSON.stringify(`file:${file}`)} }),
};
`,
  );
  await deploy();
  await fillV1();
  for (const name of upgrade) copyMigration(name);
  await deploy();
  migrated = await openSqlite(file, { readonly: true });
}, 120_000);

afterAll(() => {
  migrated?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const all = (sql: string, ...params: unknown[]) => migrated.prepare(sql).all(...params) as Row[];
const one = (sql: string, ...params: unknown[]) => migrated.prepare(sql).get(...params) as Row | undefined;
const count = (table: string) => (one(`SELECT COUNT(*) AS n FROM "${table}"`)?.n as number) ?? -1;
const orNull = (date: Date | null) => (date ? stored(date) : null);

// SQLite only: PostgreSQL support starts after this migration, so no PostgreSQL database has v1 rows to move.
describe.skipIf((process.env.DATABASE_URL ?? "").startsWith("postgres"))(
  `migration ${NEW_MIGRATION} on a database with v1 assessments`,
  () => {
    it("applies on top of the earlier migrations and records all of them as finished", () => {
      const applied = all(
        'SELECT migration_name AS name, finished_at AS finished, rolled_back_at AS rolledBack FROM "_prisma_migrations" ORDER BY migration_name',
      );
      expect(applied.map((m) => m.name)).toEqual(migrations);
      expect(upgrade[0]).toBe(NEW_MIGRATION);
      expect(applied.every((m) => m.finished !== null && m.rolledBack === null)).toBe(true);
      expect(migrateOutput).toContain(NEW_MIGRATION);
    });

    it("drops the v1 tables and leaves a consistent database", () => {
      const tables = all("SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining(["Scan", "Response", "Answer", "ResponseDomainScore", "ScanDomainScore"]),
      );
      expect(tables).not.toContain("Assessment");
      expect(tables).not.toContain("DomainScore");
      expect(tables.some((t) => String(t).startsWith("new_"))).toBe(false);
      expect(all("PRAGMA foreign_key_check")).toEqual([]);
      expect(one("PRAGMA integrity_check")).toEqual({ integrity_check: "ok" });
    });

    it("makes one Scan and one Response per assessment, and keeps every answer and domain score", () => {
      expect(count("Scan")).toBe(assessments.length);
      expect(count("Response")).toBe(assessments.length);
      expect(count("Answer")).toBe(answers.length);
      expect(count("ResponseDomainScore")).toBe(domainScores.length);
      expect(count("ScanDomainScore")).toBe(domainScores.length);
      // A self-scan each: the response belongs to the scan with the same id.
      expect(all('SELECT id FROM "Response" WHERE "scanId" <> "id"')).toEqual([]);
      expect(all('SELECT "scanId", COUNT(*) AS n FROM "Response" GROUP BY "scanId" HAVING n <> 1')).toEqual([]);
    });

    it.each(assessments.map((a) => [a.id, a] as const))(
      "keeps the scan of %s with its facts, snapshot and tokens",
      (id, a) => {
        const submitted = a.status === "submitted";
        expect(one('SELECT * FROM "Scan" WHERE "id" = ?', id)).toEqual({
          id,
          kind: "self",
          questionnaireId: a.questionnaireId,
          questionnaireVersion: a.questionnaireVersion,
          organisationName: a.organisationName,
          clientId: a.clientId,
          series: `self:${a.questionnaireId}:${a.respondentRole}:${a.team ?? ""}`,
          status: submitted ? "closed" : "open",
          closesAt: null,
          closedAt: submitted ? orNull(a.submittedAt) : null,
          roles: "",
          teams: "",
          locale: a.locale,
          minGroupSize: 3,
          organiserRole: null,
          resultsToken: a.shareToken,
          organiserToken: null,
          teamToken: null,
          submittedAt: orNull(a.submittedAt),
          overallScore: a.overallScore,
          overallLevel: a.overallLevel,
          respondentCount: submitted ? 1 : 0,
          unfinishedCount: 0,
          aggregate: null,
          createdAt: stored(a.createdAt),
          updatedAt: stored(a.updatedAt),
          // Added by later migrations (20261201160000_mail_outbox), empty for a migrated scan.
          reminderDaysBefore: null,
          autoReminderSentAt: null,
          lastReminderAt: null,
          mailOrigin: null,
          // 20261207100000_round_anonymity: a self-scan has no team link to cap and is not sealed.
          expectedRespondents: null,
          sealed: 0,
          teamJoins: 0,
          // 20261207180000_round_scope: every scan before scopes asked about the organisation.
          scope: "organisation",
        });
      },
    );

    it.each(assessments.map((a) => [a.id, a] as const))("keeps the respondent of %s with the resume token", (id, a) => {
      const own = answers.filter((x) => x.assessmentId === id);
      const firstSave = own.length ? new Date(Math.min(...own.map((x) => x.updatedAt.getTime()))) : null;
      expect(one('SELECT * FROM "Response" WHERE "id" = ?', id)).toEqual({
        id,
        scanId: id,
        resumeToken: a.resumeToken,
        role: a.respondentRole,
        team: a.team,
        locale: a.locale,
        invitee: null,
        inviteToken: null,
        // 20261207100000_round_anonymity: a self-scan's one response.
        source: "self",
        status: a.status,
        overallScore: a.overallScore,
        overallLevel: a.overallLevel,
        // The first answer saved, as the progress view counts "started"; null when nothing was answered.
        startedAt: orNull(firstSave),
        createdAt: stored(a.createdAt),
        updatedAt: stored(a.updatedAt),
        submittedAt: orNull(a.submittedAt),
      });
    });

    it("keeps every answer value; a null ('don't know / n.a.' in v1) becomes the non-answer 'na'", () => {
      const rows = all('SELECT * FROM "Answer" ORDER BY "responseId", "itemId"');
      const expected = answers
        .map((x) => ({
          responseId: x.assessmentId,
          itemId: x.itemId,
          value: x.value,
          nonAnswer: x.value === null ? "na" : null,
          updatedAt: stored(x.updatedAt),
        }))
        .sort((p, q) => (p.responseId + p.itemId < q.responseId + q.itemId ? -1 : 1));
      expect(rows).toEqual(expected);
      // Both kinds are really in the data set.
      expect(rows.some((r) => r.nonAnswer === "na")).toBe(true);
      expect(rows.some((r) => r.value !== null && r.nonAnswer === null)).toBe(true);
    });

    it("copies every domain score, unchanged, to the respondent and to the scan's snapshot", () => {
      const sort = (rows: Row[]) =>
        [...rows].sort((p, q) => (String(p.id) + p.domainId < String(q.id) + q.domainId ? -1 : 1));
      const expected = sort(domainScores.map(({ assessmentId, ...d }) => ({ id: assessmentId, ...d })));
      expect(
        sort(all('SELECT "responseId" AS id, "domainId", score, level, answered, total FROM "ResponseDomainScore"')),
      ).toEqual(expected);
      expect(
        sort(all('SELECT "scanId" AS id, "domainId", score, level, answered, total FROM "ScanDomainScore"')),
      ).toEqual(expected);
      expect(all('SELECT * FROM "ScanDomainScore" WHERE respondents <> 1')).toEqual([]);
      expect(expected.some((d) => d.score === null)).toBe(true);
    });

    it("keeps the clients and their dashboard summary, the latest assessment becoming the latest scan", () => {
      const { latestAssessmentId, ...rest } = client;
      // The latest scan is a full scan; the earlier ones were quick scans (another series), so the change that
      // chained them (8.33) is gone rather than carried over.
      expect(one('SELECT * FROM "Client" WHERE "id" = ?', CLIENT)).toEqual({
        ...rest,
        latestScanId: latestAssessmentId,
        latestChange: null,
        // Added by a later migration (20261208010000); filled at the next refresh.
        latestChangeBasis: null,
        latestChangeJudged: null,
        latestChangeBeyond: null,
      });
      expect(one('SELECT "latestScanId", "submittedCount" FROM "Client" WHERE "id" = ?', EMPTY_CLIENT)).toEqual({
        latestScanId: null,
        submittedCount: 0,
      });
      // The summary still points at a scan of its own client, and filed scans stay filed (a DROP TABLE "Client" with
      // foreign keys on would have set them to null).
      expect(one('SELECT "clientId" FROM "Scan" WHERE "id" = ?', client.latestAssessmentId)).toEqual({
        clientId: CLIENT,
      });
      expect(count("Client")).toBe(2);
    });

    it("has the same tables, columns, indexes and foreign keys as a database migrated empty", async () => {
      const fresh = await openSqlite(inject("databaseUrl").slice("file:".length), { readonly: true });
      try {
        const shape = (database: SqliteDatabase) => {
          const tables = (
            database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Row[]
          )
            .map((t) => String(t.name))
            .filter((name) => name !== "_prisma_migrations" && !name.startsWith("sqlite_"));
          return tables.map((name) => ({
            name,
            columns: database.prepare(`PRAGMA table_info("${name}")`).all(),
            foreignKeys: database.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
            // Without "seq": the position in index_list follows creation order, which a redefined table changes.
            indexes: (database.prepare(`PRAGMA index_list("${name}")`).all() as Row[])
              .map(
                ({ seq: _seq, ...index }): Row => ({
                  ...index,
                  columns: database.prepare(`PRAGMA index_info("${String(index.name)}")`).all(),
                }),
              )
              .sort((p, q) => (String(p.name) < String(q.name) ? -1 : 1)),
          }));
        };
        expect(shape(migrated)).toEqual(shape(fresh));
      } finally {
        fresh.close();
      }
    });

    it("is read by the app's Prisma client as the self-scans they were", async () => {
      const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
      try {
        const scan = await prisma.scan.findUniqueOrThrow({
          where: { resultsToken: byId("asubmittedquick").shareToken },
          include: { domainScores: true, responses: { include: { answers: true, domainScores: true } } },
        });
        expect(scan).toMatchObject({
          id: "asubmittedquick",
          kind: "self",
          submittedAt: byId("asubmittedquick").submittedAt,
          overallScore: 54.17,
          clientId: CLIENT,
        });
        expect(scan.responses).toHaveLength(1);
        expect(scan.responses[0]?.resumeToken).toBe(byId("asubmittedquick").resumeToken);
        expect(scan.responses[0]?.answers).toHaveLength(quick.items.length);
        expect(scan.domainScores).toHaveLength(quick.domains.length);
        const open = await prisma.response.findUniqueOrThrow({
          where: { resumeToken: byId("aopenanswered").resumeToken },
          include: { answers: true, scan: true },
        });
        expect(open).toMatchObject({
          status: "in_progress",
          team: "Team: Noord",
          scan: { status: "open", submittedAt: null },
        });
        expect(open.answers.filter((x) => x.value === null).every((x) => x.nonAnswer === "na")).toBe(true);
        expect(await prisma.client.findUniqueOrThrow({ where: { id: CLIENT } })).toMatchObject({
          latestScanId: "asubmittedfull",
          latestSubmittedAt: byId("asubmittedfull").submittedAt,
        });
      } finally {
        await prisma.$disconnect();
      }
    });
  },
);
