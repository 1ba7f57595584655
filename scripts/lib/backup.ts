import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import type { DatabaseSettings } from "@/lib/server/db/database-url";

const PG_CLIENT_HINT = "Install the PostgreSQL client tools: sudo apt-get install -y postgresql-client";

type SqliteDatabase = {
  backup(destination: string): Promise<unknown>;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  close(): void;
};
type SqliteConstructor = new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean },
) => SqliteDatabase;
// better-sqlite3 ships no type declarations; only backup, pragma and close are used.
const Sqlite = () => createRequire(import.meta.url)("better-sqlite3") as SqliteConstructor;

/** backups/klantkompas-2026-12-01T10-41-29Z.db (or .dump for PostgreSQL's custom format). */
export function defaultBackupPath(provider: DatabaseSettings["provider"], now: Date = new Date(), cwd = process.cwd()) {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  return join(cwd, "backups", `klantkompas-${stamp}.${provider === "postgresql" ? "dump" : "db"}`);
}

/**
 * SQLite: the online backup API copies the database page by page while the app keeps running and
 * restarts when a writer changes a copied page, so the copy is one consistent state (WAL contents
 * included). The copy is then checked with PRAGMA integrity_check.
 */
async function backupSqlite(url: string, out: string): Promise<void> {
  const file = url.slice("file:".length);
  if (!existsSync(file)) throw new Error(`There is no SQLite database at ${file}.`);
  const Database = Sqlite();
  const source = new Database(file, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(out);
  } finally {
    source.close();
  }
  const copy = new Database(out, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The backup at ${out} failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
}

/**
 * PostgreSQL: pg_dump reads in one snapshot, so the dump is consistent while the app writes. The rows are
 * counted in that same snapshot (exported from a REPEATABLE READ transaction and handed to pg_dump), so the
 * counts describe exactly what the dump holds.
 */
async function backupPostgres(url: string, out: string): Promise<TableCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id ?? "";
    const counts = await countPostgresRows(client);
    // Custom format: compressed, restored with pg_restore (which can also list and pick tables).
    await run(
      "pg_dump",
      ["--format=custom", "--no-owner", `--snapshot=${snapshot}`, "--file", out, "--dbname", url],
      PG_CLIENT_HINT,
    );
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end();
  }
}

async function countPostgresRows(client: pg.Client): Promise<TableCounts> {
  const counts: TableCounts = {};
  const tables = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  for (const { name } of tables.rows) {
    const result = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM "${name}"`);
    counts[name] = Number(result.rows[0]?.count ?? 0);
  }
  return counts;
}

/** Writes the backup and returns its path with the rows per table it holds. */
export async function backupDatabase(
  settings: DatabaseSettings,
  out: string,
): Promise<{ path: string; counts: TableCounts }> {
  const path = resolve(out);
  if (existsSync(path)) throw new Error(`${path} exists already; a backup never overwrites a file.`);
  mkdirSync(dirname(path), { recursive: true });
  if (settings.provider === "postgresql") return { path, counts: await backupPostgres(settings.url, path) };
  await backupSqlite(settings.url, path);
  return { path, counts: await countTableRows({ provider: "sqlite", url: `file:${path}` }) };
}

export type TableCounts = Record<string, number>;

/** Rows per table (Prisma's _prisma_migrations included): what the restore drill compares. */
export async function countTableRows(settings: Pick<DatabaseSettings, "provider" | "url">): Promise<TableCounts> {
  if (settings.provider === "postgresql") {
    const client = new pg.Client({ connectionString: settings.url });
    await client.connect();
    try {
      return await countPostgresRows(client);
    } finally {
      await client.end();
    }
  }
  const counts: TableCounts = {};
  const database = new (Sqlite())(settings.url.slice("file:".length), { readonly: true, fileMustExist: true });
  try {
    const query = database as unknown as { prepare(sql: string): { all(): Array<{ name: string; count?: number }> } };
    const tables = query
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
      .all();
    for (const { name } of tables)
      counts[name] = query.prepare(`SELECT COUNT(*) AS count FROM "${name}"`).all()[0]?.count ?? 0;
  } finally {
    database.close();
  }
  return counts;
}

function run(command: string, args: string[], hint: string): Promise<void> {
  return new Promise((resolveDone, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (error) => reject(new Error(`Could not run ${command} (${error.message}). ${hint}`)));
    child.on("close", (code) =>
      code === 0 ? resolveDone() : reject(new Error(`${command} exited with code ${code}.`)),
    );
  });
}

/**
 * Restores a backup into DATABASE_URL, which must be empty: a SQLite file that does not exist yet, or a
 * PostgreSQL database without tables (createdb). Never restores over live data; swap afterwards.
 */
export async function restoreDatabase(settings: DatabaseSettings, backup: string): Promise<void> {
  const source = resolve(backup);
  if (!existsSync(source)) throw new Error(`There is no backup at ${source}.`);
  if (settings.provider === "postgresql") {
    const existing = await countTableRows(settings);
    if (Object.keys(existing).length > 0) {
      throw new Error("The target PostgreSQL database has tables already; restore into a new, empty one (createdb).");
    }
    await run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", settings.url, source], PG_CLIENT_HINT);
    return;
  }
  const file = settings.url.slice("file:".length);
  if (existsSync(file))
    throw new Error(`${file} exists already; restore into a new file, then swap it in while the app is stopped.`);
  mkdirSync(dirname(file), { recursive: true });
  // The backup is a complete database file (no -wal beside it), so a copy is the restore.
  const Database = Sqlite();
  const copy = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await copy.backup(file);
  } finally {
    copy.close();
  }
}
