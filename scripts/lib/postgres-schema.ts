/**
 * Derives the PostgreSQL schema and migrations from the SQLite ones (the source of truth), offline:
 * each SQLite migration is applied in turn to a scratch SQLite file, the result is introspected
 * (`prisma db pull`), the introspected models are read as PostgreSQL models, and `prisma migrate diff`
 * between two consecutive steps gives that step's PostgreSQL migration. Deterministic: the same
 * SQLite history always gives the same files, so the check can regenerate and compare.
 */

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, repoRoot, runCommand } from "@/scripts/lib/run-command";

export const SQLITE_SCHEMA = join(repoRoot, "prisma", "schema.prisma");
export const SQLITE_MIGRATIONS = join(repoRoot, "prisma", "migrations");
export const POSTGRES_DIR = join(repoRoot, "prisma", "postgres");
/** Hand-written PostgreSQL migrations that replace a generated one (same folder name), e.g. for data moves. */
export const POSTGRES_OVERRIDES = join(repoRoot, "prisma", "postgres-overrides");

/** Any PostgreSQL URL: it only makes prisma.config.ts choose prisma/postgres/ for `prisma generate`. */
export const GENERATE_URL = "postgresql://generate@localhost/generate";

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:postgres`. Do not edit; edit prisma/schema.prisma.\n";

type SqliteDatabase = { exec(sql: string): void; close(): void };
const openSqlite = (file: string): SqliteDatabase => {
  // better-sqlite3 ships no type declarations; only exec and close are used.
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => SqliteDatabase;
  return new Database(file);
};

export interface GeneratedFiles {
  /** Paths relative to prisma/postgres/ → contents. */
  files: Map<string, string>;
  /** Migrations whose data statements were copied as written (check they run on PostgreSQL). */
  warnings: string[];
}

export function sqliteMigrationNames(): string[] {
  return readdirSync(SQLITE_MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(SQLITE_MIGRATIONS, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** prisma/schema.prisma with the PostgreSQL provider and its own client output. */
export function postgresSchemaText(sqliteSchema: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma must keep provider = "sqlite" and output = "../lib/generated/prisma".');
  }
  return (
    HEADER + sqliteSchema.replace(provider, '$1"postgresql"').replace(output, '$1"../../lib/generated/prisma-postgres"')
  );
}

/** Statements that change rows rather than the schema (a RedefineTables copy excepted). */
export function dataStatements(sql: string): string[] {
  const withoutComments = sql
    .split("\n")
    .filter((line) => !line.trim().startsWith("--"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => /^(UPDATE|INSERT|DELETE)\b/i.test(statement) && !/^INSERT INTO "new_/i.test(statement))
    .map((statement) => `${statement};`);
}

async function prisma(args: string[], databaseUrl: string): Promise<string> {
  const result = await runCommand(bin("prisma"), args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    quiet: true,
  });
  if (result.code !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.output}`);
  return result.output;
}

/** The PostgreSQL reading of the models a SQLite database has now. */
async function introspectAsPostgres(databaseUrl: string, scratch: string): Promise<string> {
  const minimal = join(scratch, "introspect.prisma");
  writeFileSync(minimal, 'datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n');
  const printed = await prisma(["db", "pull", "--print", "--force", "--schema", minimal], databaseUrl);
  const start = printed.search(/^(datasource|model|generator)\b/m);
  if (start < 0) throw new Error(`prisma db pull printed no schema:\n${printed}`);
  return printed.slice(start).replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
}

async function diffScript(from: string | null, to: string, scratch: string, databaseUrl: string): Promise<string> {
  const out = join(scratch, "diff.sql");
  rmSync(out, { force: true });
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  await prisma(["migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script", "-o", out], databaseUrl);
  return readFileSync(out, "utf8");
}

const isEmptyMigration = (sql: string) =>
  sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));

/** Every file of prisma/postgres/ as the SQLite schema and history say it should be. */
export async function generatePostgresFiles(): Promise<GeneratedFiles & { steps: string[] }> {
  const scratch = mkdtempSync(join(tmpdir(), "klantkompas-pg-schema-"));
  const files = new Map<string, string>();
  const warnings: string[] = [];
  const steps: string[] = [];
  try {
    files.set("schema.prisma", postgresSchemaText(readFileSync(SQLITE_SCHEMA, "utf8")));
    files.set(
      "migrations/migration_lock.toml",
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    const dbFile = join(scratch, "steps.db");
    const databaseUrl = `file:${dbFile}`;
    let previous: string | null = null;
    for (const [index, name] of sqliteMigrationNames().entries()) {
      const sql = readFileSync(join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8");
      const database = openSqlite(dbFile);
      try {
        database.exec(sql);
      } finally {
        database.close();
      }
      const step = join(scratch, `step-${index}.prisma`);
      writeFileSync(step, await introspectAsPostgres(databaseUrl, scratch));
      steps.push(step);

      const override = join(POSTGRES_OVERRIDES, name, "migration.sql");
      let migration: string;
      if (existsSync(override)) {
        migration = `-- Hand-written in prisma/postgres-overrides/${name}/ (replaces the generated step).\n${readFileSync(override, "utf8")}`;
      } else {
        const schemaSql = await diffScript(previous, step, scratch, databaseUrl);
        const data = dataStatements(sql);
        if (data.length > 0) warnings.push(name);
        const body = [
          isEmptyMigration(schemaSql) ? "" : schemaSql.trim(),
          data.length > 0 ? `-- Data statements copied from the SQLite migration.\n${data.join("\n")}` : "",
        ]
          .filter((part) => part !== "")
          .join("\n\n");
        migration = body === "" ? "" : `-- Generated by npm run db:postgres from prisma/migrations/${name}.\n${body}\n`;
      }
      if (migration !== "") files.set(`migrations/${name}/migration.sql`, migration);
      previous = step;
    }
    // steps are in scratch, which is removed below; the caller gets their contents through the check.
    return { files, warnings, steps: steps.map((step) => readFileSync(step, "utf8")) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Paths under prisma/postgres/ that differ from the generated files (added, changed or stale). */
export function differingFiles(files: Map<string, string>, dir: string = POSTGRES_DIR): string[] {
  const onDisk = new Set(listFiles(dir));
  const differing = [...files].filter(
    ([path, text]) => !onDisk.has(path) || readFileSync(join(dir, path), "utf8") !== text,
  );
  const stale = [...onDisk].filter((path) => !files.has(path));
  return [...differing.map(([path]) => path), ...stale].sort();
}

/** Makes prisma/postgres/ exactly the generated files. */
export function writeFiles(files: Map<string, string>, dir: string = POSTGRES_DIR): void {
  for (const path of listFiles(dir)) if (!files.has(path)) rmSync(join(dir, path));
  const migrations = join(dir, "migrations");
  for (const entry of existsSync(migrations) ? readdirSync(migrations, { withFileTypes: true }) : []) {
    const folder = join(migrations, entry.name);
    if (entry.isDirectory() && readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(join(target, ".."), { recursive: true });
    writeFileSync(target, text);
  }
}
