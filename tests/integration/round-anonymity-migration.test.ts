import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, repoRoot, runCommand } from "@/scripts/lib/run-command";

// 20261207100000_round_anonymity on a filled database: existing responses get their source (personal where an
// invite token exists, team for the rest of a round, self for a self-scan), and each existing round counts its
// team-link responses and may take 10 more, so nobody answering a round that is still open is turned away.
// SQLite with prisma migrate deploy, as in production; npm run db:postgres:check applies the same SQL to PostgreSQL.

const MIGRATION = "20261207100000_round_anonymity";
const migrationsDir = join(repoRoot, "prisma", "migrations");
const migrations = readdirSync(migrationsDir)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();

type Row = Record<string, unknown>;
type SqliteDatabase = {
  prepare(sql: string): { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
  close(): void;
};

async function openSqlite(file: string): Promise<SqliteDatabase> {
  const moduleName: string = "better-sqlite3";
  const { default: Database } = (await import(moduleName)) as { default: new (file: string) => SqliteDatabase };
  return new Database(file);
}

let dir = "";
let file = "";

async function deploy(): Promise<void> {
  const result = await runCommand(bin("prisma"), ["migrate", "deploy", "--config", join(dir, "prisma.config.mjs")], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    quiet: true,
  });
  if (result.code !== 0) throw new Error(`prisma migrate deploy failed:\n${result.output}`);
}

const copy = (name: string) => cpSync(join(migrationsDir, name), join(dir, "migrations", name), { recursive: true });
const NOW = "2026-12-01T08:00:00.000+00:00";

function scanRow(id: string, kind: string) {
  return {
    id,
    kind,
    questionnaireId: "klantkompas-quick",
    questionnaireVersion: 2,
    organisationName: `Org ${id}`,
    series: `${kind}:${id}`,
    resultsToken: `results-${id}`,
    teamToken: kind === "team" ? `team-${id}` : null,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

function responseRow(id: string, scanId: string, inviteToken: string | null = null) {
  return {
    id,
    scanId,
    resumeToken: `resume-${id}`,
    role: "employee",
    locale: "nl",
    inviteToken,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

let rows: { scans: Row[]; responses: Row[] } = { scans: [], responses: [] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "klantkompas-anonymity-migration-"));
  file = join(dir, "klantkompas.db");
  mkdirSync(join(dir, "migrations"));
  cpSync(join(migrationsDir, "migration_lock.toml"), join(dir, "migrations", "migration_lock.toml"));
  for (const name of migrations.filter((n) => n < MIGRATION)) copy(name);
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
  const database = await openSqlite(file);
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    database
      .prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      )
      .run(...columns.map((c) => row[c]));
  };
  insert("Scan", scanRow("round", "team"));
  insert("Scan", scanRow("empty", "team"));
  insert("Scan", scanRow("self", "self"));
  for (const id of ["t1", "t2", "t3"]) insert("Response", responseRow(id, "round"));
  insert("Response", responseRow("p1", "round", "invite-p1"));
  insert("Response", responseRow("s1", "self"));
  database.close();
  for (const name of migrations.filter((n) => n >= MIGRATION)) copy(name);
  await deploy();
  const migrated = await openSqlite(file);
  rows = {
    scans: migrated
      .prepare('SELECT "id", "expectedRespondents", "sealed", "teamJoins" FROM "Scan" ORDER BY "id"')
      .all() as Row[],
    responses: migrated.prepare('SELECT "id", "source" FROM "Response" ORDER BY "id"').all() as Row[],
  };
  migrated.close();
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf((process.env.DATABASE_URL ?? "").startsWith("postgres"))(`migration ${MIGRATION}`, () => {
  it("gives every existing response its source", () => {
    expect(rows.responses).toEqual([
      { id: "p1", source: "personal" },
      { id: "s1", source: "self" },
      { id: "t1", source: "team" },
      { id: "t2", source: "team" },
      { id: "t3", source: "team" },
    ]);
  });

  it("counts each round's team-link responses and lets it take 10 more; self-scans and all rounds stay unsealed", () => {
    expect(rows.scans).toEqual([
      { id: "empty", expectedRespondents: 10, sealed: 0, teamJoins: 0 },
      { id: "round", expectedRespondents: 13, sealed: 0, teamJoins: 3 },
      { id: "self", expectedRespondents: null, sealed: 0, teamJoins: 0 },
    ]);
  });
});
