import { createRequire } from "node:module";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/server/db/database-url";

/**
 * Direct access to the database the Playwright web server uses (DATABASE_URL, resolved as
 * playwright.config.ts does), on SQLite or PostgreSQL. SQL is written once with `?` placeholders and
 * double-quoted identifiers, which both understand; dates are passed as Date and stored as Prisma does.
 * Writes are only for setting up test data the UI would take minutes to enter.
 */
export type SqlValue = string | number | null | Date;
export interface TestDatabase {
  all(sql: string, params?: readonly SqlValue[]): Promise<Array<Record<string, unknown>>>;
  /** Runs the statements in one transaction. */
  transaction(statements: ReadonlyArray<{ sql: string; params: readonly SqlValue[] }>): Promise<void>;
}

type Statement = { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
type SqliteDatabase = {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  transaction(run: () => void): () => void;
  close(): void;
};

// Prisma's SQLite adapter stores ISO 8601 text with an explicit offset; PostgreSQL gets UTC wall time
// for its timestamp-without-time-zone columns, as Prisma writes them.
const sqliteValue = (value: SqlValue) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value);
const postgresValue = (value: SqlValue) => (value instanceof Date ? value.toISOString().replace("Z", "") : value);
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

async function withSqlite<T>(file: string, run: (database: SqliteDatabase) => T): Promise<T> {
  // Loaded at run time: better-sqlite3 ships no type declarations.
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => SqliteDatabase;
  const database = new Database(file);
  try {
    // The app server holds the same file open; wait for its writes instead of failing.
    database.pragma("busy_timeout = 5000");
    return run(database);
  } finally {
    database.close();
  }
}

async function withPostgres<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function testDatabase(): TestDatabase {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    return {
      all: (sql, params = []) =>
        withSqlite(file, (db) => db.prepare(sql).all(...params.map(sqliteValue)) as Array<Record<string, unknown>>),
      transaction: (statements) =>
        withSqlite(file, (db) =>
          db.transaction(() => {
            for (const { sql, params } of statements) db.prepare(sql).run(...params.map(sqliteValue));
          })(),
        ),
    };
  }
  return {
    all: (sql, params = []) =>
      withPostgres(url, async (client) => (await client.query(numbered(sql), params.map(postgresValue))).rows),
    transaction: (statements) =>
      withPostgres(url, async (client) => {
        await client.query("BEGIN");
        try {
          for (const { sql, params } of statements) await client.query(numbered(sql), params.map(postgresValue));
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      }),
  };
}

/** COUNT(*) comes back as a number on SQLite and as a string (bigint) on PostgreSQL. */
export async function countRows(sql: string, params: readonly SqlValue[] = []): Promise<number> {
  const [row] = await testDatabase().all(sql, params);
  return Number(row?.count ?? 0);
}
