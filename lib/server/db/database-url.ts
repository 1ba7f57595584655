import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

// The embedded default: a SQLite file in ./data (git-ignored). DATABASE_URL overrides it.
export const DEFAULT_DATABASE_URL = "file:./data/klantkompas.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** Makes a relative SQLite URL absolute so the CLI, the app and tests agree on one file. */
export function resolveDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url;
  const path = url.slice("file:".length);
  return `file:${isAbsolute(path) ? path : resolve(cwd, path)}`;
}

/** `file:` is SQLite, `postgres://` or `postgresql://` is PostgreSQL; anything else is refused with the reason. */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must be a SQLite file (file:./data/klantkompas.db) or a PostgreSQL URL (postgresql://user:password@host:5432/db); got "${url.split(":")[0]}:…".`,
  );
}

export function ensureDatabaseDir(url: string): void {
  if (url.startsWith("file:")) mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
}

/** The schema and migrations that belong to a provider (prisma/postgres/ is generated from prisma/). */
export function prismaPaths(provider: DatabaseProvider): { schema: string; migrations: string } {
  return provider === "postgresql"
    ? { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" }
    : { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
}

export interface DatabaseSettings {
  url: string;
  provider: DatabaseProvider;
  /** PostgreSQL: connections per app process (pg.Pool `max`). */
  poolSize: number;
  /** PostgreSQL: how long a query waits for a free connection before failing. */
  connectTimeoutMs: number;
  /** PostgreSQL: idle connections are closed after this long. */
  idleTimeoutMs: number;
  /** PostgreSQL: `statement_timeout`; 0 = none. */
  statementTimeoutMs: number;
  /** SQLite: how long a writer waits for the file lock (`busy_timeout`). */
  busyTimeoutMs: number;
  /** SQLite: `PRAGMA synchronous` (see lib/server/db/db-adapter.ts for why FULL is the default). */
  sqliteSynchronous: "FULL" | "NORMAL";
}

type Env = Readonly<Record<string, string | undefined>>;

function readMs(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}".`);
  }
  return value;
}

function readSynchronous(raw: string | undefined): "FULL" | "NORMAL" {
  const value = (raw ?? "").trim().toUpperCase();
  if (value === "") return "FULL";
  if (value === "FULL" || value === "NORMAL") return value;
  throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${raw}".`);
}

/**
 * The one place that reads the database environment (see docs/postgresql.md for every variable).
 * Bad values fail at start-up with the variable's name rather than being ignored.
 */
export function readDatabaseSettings(env: Env = process.env, cwd: string = process.cwd()): DatabaseSettings {
  const url = resolveDatabaseUrl(env.DATABASE_URL, cwd);
  return {
    url,
    provider: databaseProvider(url),
    poolSize: readMs(env, "DATABASE_POOL_SIZE", 10, 1),
    connectTimeoutMs: readMs(env, "DATABASE_CONNECT_TIMEOUT_MS", 10_000, 0),
    idleTimeoutMs: readMs(env, "DATABASE_IDLE_TIMEOUT_MS", 30_000, 0),
    statementTimeoutMs: readMs(env, "DATABASE_STATEMENT_TIMEOUT_MS", 0, 0),
    busyTimeoutMs: readMs(env, "DATABASE_BUSY_TIMEOUT_MS", 5_000, 0),
    sqliteSynchronous: readSynchronous(env.SQLITE_SYNCHRONOUS),
  };
}
