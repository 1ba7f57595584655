import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { classifyPostgresError, DEFAULT_TEST_POSTGRES_URL, type PostgresProblem } from "@/scripts/lib/postgres-problem";
import { bin, type CommandResult, runCommand } from "@/scripts/lib/run-command";

/** Applies the committed migrations (never `migrate dev`); creates the SQLite file when missing. */
export function migrateDatabase(url: string, options: { quiet?: boolean } = {}): Promise<CommandResult> {
  return runCommand(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    quiet: options.quiet,
  });
}

export type TestDatabaseKind = "sqlite" | "postgresql";

export interface ThrowawayDatabase {
  kind: TestDatabaseKind;
  url: string;
  remove(): Promise<void>;
}

/** A fresh, empty SQLite file URL in its own temp dir; `remove()` deletes the dir (and -wal/-shm files). */
export function createThrowawayDatabase(prefix: string): ThrowawayDatabase {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    kind: "sqlite",
    url: `file:${join(dir, "klantkompas.db")}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export { DEFAULT_TEST_POSTGRES_URL } from "@/scripts/lib/postgres-problem";

export function testPostgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_POSTGRES_URL?.trim() || DEFAULT_TEST_POSTGRES_URL;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * null when the test role can sign in at the admin URL and may create databases; else what is wrong
 * (describePostgresProblem turns it into a message with what to run).
 */
export async function checkPostgres(adminUrl: string = testPostgresAdminUrl()): Promise<PostgresProblem | null> {
  try {
    const mayCreate = await withAdmin(adminUrl, (client) =>
      client.query<{ allowed: boolean }>(
        "SELECT rolcreatedb OR rolsuper AS allowed FROM pg_roles WHERE rolname = current_user",
      ),
    );
    if (mayCreate.rows[0]?.allowed === false) return { kind: "createdb", detail: "no CREATEDB" };
    return null;
  } catch (error) {
    return classifyPostgresError(error);
  }
}

/**
 * A fresh, empty PostgreSQL database on the test server; `remove()` drops it (closing what is still
 * connected). C collation: names sort by code point, as on SQLite (see docs/postgresql.md).
 */
export async function createThrowawayPostgres(
  prefix: string,
  adminUrl: string = testPostgresAdminUrl(),
): Promise<ThrowawayDatabase> {
  const name = `${prefix.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}${process.pid}_${Date.now().toString(36)}`;
  await withAdmin(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'`),
  );
  return {
    kind: "postgresql",
    url: withDatabase(adminUrl, name),
    remove: () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

export function createTestDatabase(kind: TestDatabaseKind, prefix: string): Promise<ThrowawayDatabase> {
  return kind === "postgresql" ? createThrowawayPostgres(prefix) : Promise.resolve(createThrowawayDatabase(prefix));
}
