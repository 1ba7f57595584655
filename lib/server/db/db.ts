import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgres/client";
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { createDriverAdapter } from "@/lib/server/db/db-adapter";

// Query events let tests count queries (no N+1); nothing listens in production.
const log = [{ emit: "event", level: "query" }] as const;

function createPrismaClient() {
  const settings = readDatabaseSettings();
  const adapter = createDriverAdapter(settings);
  if (settings.provider === "postgresql") {
    // Generated from the same models (prisma/postgres/schema.prisma), so the API is the same; only the
    // SQL it compiles to differs. The SQLite client's type stays the one the app is written against.
    return new PostgresPrismaClient({ adapter, log: [...log] }) as unknown as SqliteClient;
  }
  return new PrismaClient({ adapter, log: [...log] });
}

type SqliteClient = PrismaClient<"query">;
export type Db = SqliteClient;
/** The client an interactive transaction hands its callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; in development hot reloads would otherwise open a new connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
