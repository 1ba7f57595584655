import type { TestProject } from "vitest/node";
import { createThrowawayDatabase, migrateDatabase } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * vitest globalSetup: runs once in the main process before any worker starts. Creates one empty
 * SQLite file in a temp dir, applies the migrations and publishes its URL both as
 * process.env.DATABASE_URL (inherited by the forked workers, read by lib/db.ts) and as
 * inject("databaseUrl"). Tests therefore never touch ./data. The teardown deletes the file.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const database = createThrowawayDatabase("klantkompas-vitest-");
  const migration = await migrateDatabase(database.url, { quiet: true });
  if (migration.code !== 0) {
    database.remove();
    throw new Error(`prisma migrate deploy failed for the test database:\n${migration.output}`);
  }
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return () => database.remove();
}
