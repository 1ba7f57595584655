import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { DatabaseSettings } from "@/lib/server/db/database-url";

/** What PrismaClient and prisma.config.ts accept as `adapter`: either driver adapter factory. */
export type DriverAdapterFactory = Pick<
  PrismaBetterSQLite3 | PrismaPg,
  "provider" | "adapterName" | "connect" | "connectToShadowDb"
>;
type Connection = Awaited<ReturnType<DriverAdapterFactory["connect"]>>;

/**
 * SQLite connection settings, run on every connection the adapter opens (app, CLI and tests alike):
 * - WAL: readers never block the writer and the writer never blocks readers; a commit appends to the
 *   -wal file instead of rewriting pages, so autosaves are cheap. The mode is stored in the file.
 * - synchronous: FULL by default. In WAL mode FULL costs one fsync of the WAL per commit and means a
 *   committed answer or submit survives a power cut; NORMAL skips that fsync (still never corrupts the
 *   file, but the last commits before an OS crash or power loss can be lost). SQLITE_SYNCHRONOUS=NORMAL
 *   trades that for speed where the disk is slow.
 * - busy_timeout: a writer that finds the file locked (another process: the CLI, a backup, a second
 *   server on the same file) waits this long instead of failing with SQLITE_BUSY at once.
 * - foreign_keys: on, as Prisma's migrations expect (cascades).
 */
export function sqlitePragmas(settings: Pick<DatabaseSettings, "busyTimeoutMs" | "sqliteSynchronous">): string {
  return [
    "PRAGMA journal_mode = WAL",
    `PRAGMA synchronous = ${settings.sqliteSynchronous}`,
    `PRAGMA busy_timeout = ${settings.busyTimeoutMs}`,
    "PRAGMA foreign_keys = ON",
  ]
    .map((statement) => `${statement};`)
    .join("\n");
}

/** Wraps a factory so every connection it opens first runs `setup`. */
function withConnectionSetup(factory: DriverAdapterFactory, setup: string): DriverAdapterFactory {
  const prepare = async (adapter: Connection) => {
    await adapter.executeScript(setup);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => prepare(await factory.connect()),
    connectToShadowDb: async () => prepare(await factory.connectToShadowDb()),
  };
}

// Catalog types the schema engine reads (pg_catalog "char" and name, name[]) that @prisma/adapter-pg 6.19
// cannot map (prisma/orm#27403: "Column type 'name' could not be deserialized"). Their values arrive as
// text, so they are reported as text.
const CATALOG_TYPES_AS_TEXT: Readonly<Record<number, number>> = { 18: 25, 19: 25, 1003: 1009 };

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };
function reportCatalogTypesAsText<R>(result: R): R {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    const text = CATALOG_TYPES_AS_TEXT[field.dataTypeID];
    if (text !== undefined) field.dataTypeID = text;
  }
  return result;
}

/** pg.Client whose query results report catalog types as text; pg.Pool makes every connection with it. */
class MigrationClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this passes them all through.
  override query(...args: any[]): any {
    // pg.Pool calls query with a callback; direct callers get a promise. Both are rewritten.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (error: unknown, result: unknown) => void;
      args[last] = (error: unknown, result: unknown) =>
        callback(error, error ? result : reportCatalogTypesAsText(result));
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const result = (super.query as (...a: any[]) => unknown)(...args);
    return result instanceof Promise ? result.then(reportCatalogTypesAsText) : result;
  }
}

/** A pool for Prisma Migrate (prisma.config.ts): the app's own queries never read catalog types. */
function createMigrationPool(settings: DatabaseSettings): pg.Pool {
  return new pg.Pool({
    connectionString: settings.url,
    max: 2,
    application_name: "klantkompas-migrate",
    allowExitOnIdle: true,
    Client: MigrationClient,
  });
}

/** The driver adapter for Prisma's CLI (migrate deploy, db pull) on the configured database. */
export function createMigrationAdapter(settings: DatabaseSettings): DriverAdapterFactory {
  if (settings.provider === "postgresql") return new PrismaPg(createMigrationPool(settings));
  return createDriverAdapter(settings);
}

/** The Prisma driver adapter for the configured database: better-sqlite3 for file: URLs, pg for PostgreSQL. */
export function createDriverAdapter(settings: DatabaseSettings): DriverAdapterFactory {
  if (settings.provider === "postgresql") {
    return new PrismaPg({
      connectionString: settings.url,
      max: settings.poolSize,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idleTimeoutMillis: settings.idleTimeoutMs,
      ...(settings.statementTimeoutMs > 0 ? { statement_timeout: settings.statementTimeoutMs } : {}),
      application_name: "klantkompas",
      // Scripts (seed, bench) end when their work is done instead of waiting for idle connections to time out.
      allowExitOnIdle: true,
    });
  }
  const factory = new PrismaBetterSQLite3({
    url: settings.url,
    timeout: settings.busyTimeoutMs,
  });
  return withConnectionSetup(factory, sqlitePragmas(settings));
}
