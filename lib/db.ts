import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl } from "@/lib/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createPrismaClient() {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  // Query events let tests count queries (no N+1); nothing listens in production.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [{ emit: "event", level: "query" }] });
}

export type Db = ReturnType<typeof createPrismaClient>;

// One client per process; in development hot reloads would otherwise open a new connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = globalForPrisma.prisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
