import type { TestProject } from "vitest/node";
import { createTestDatabase, migrateDatabase, type TestDatabaseKind } from "@/scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * vitest globalSetup: runs once in the main process before any worker starts. Creates one empty
 * database — a SQLite file in a temp dir, or with TEST_DATABASE=postgresql a throw-away PostgreSQL
 * database (scripts/test.ts runs the integration tests once on each) — applies the migrations and
 * publishes its URL both as process.env.DATABASE_URL (inherited by the forked workers, read by
 * lib/server/db/db.ts) and as inject("databaseUrl"). Tests therefore never touch ./data. The teardown drops it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kind: TestDatabaseKind = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
  const database = await createTestDatabase(kind, "klantkompas-vitest-");
  const migration = await migrateDatabase(database.url, { quiet: true });
  if (migration.code !== 0) {
    await database.remove();
    throw new Error(`prisma migrate deploy failed for the ${kind} test database:\n${migration.output}`);
  }
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return () => database.remove();
}
