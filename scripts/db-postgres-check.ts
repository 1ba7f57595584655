/**
 * npm run db:postgres:check — fails when the PostgreSQL schema and migrations no longer describe the same
 * schema as the SQLite ones (run in CI by .ci/run):
 *   1. prisma/postgres/ is exactly what `npm run db:postgres` generates from prisma/ (offline);
 *   2. the SQLite history, applied step by step, ends in the models of prisma/schema.prisma (offline,
 *      `prisma migrate diff` between the introspected result and the schema, both read as PostgreSQL);
 *   3. when PostgreSQL answers (TEST_POSTGRES_URL; required in CI): the PostgreSQL history, applied with
 *      `prisma migrate deploy` to a throw-away database, ends in prisma/postgres/schema.prisma.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPostgres, createThrowawayPostgres, migrateDatabase, testPostgresAdminUrl } from "@/scripts/lib/database";
import { describePostgresProblem } from "@/scripts/lib/postgres-problem";
import { differingFiles, generatePostgresFiles, POSTGRES_DIR } from "@/scripts/lib/postgres-schema";
import { bin, runCommand } from "@/scripts/lib/run-command";

const FIX = "Run `npm run db:postgres` and commit prisma/postgres/.";

/** `prisma migrate diff --exit-code` between two PostgreSQL datamodels: null when equal, else the summary. */
async function diffDatamodels(from: string, to: string, databaseUrl: string): Promise<string | null> {
  const result = await runCommand(
    bin("prisma"),
    ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--exit-code"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, quiet: true },
  );
  if (result.code === 0) return null;
  return result.output;
}

async function introspectPostgres(url: string, scratch: string): Promise<string> {
  const minimal = join(scratch, "introspect-pg.prisma");
  writeFileSync(minimal, 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n');
  const result = await runCommand(bin("prisma"), ["db", "pull", "--print", "--force", "--schema", minimal], {
    env: { ...process.env, DATABASE_URL: url },
    quiet: true,
  });
  const start = result.output.search(/^(datasource|model)\b/m);
  if (result.code !== 0 || start < 0) throw new Error(`prisma db pull failed on PostgreSQL:\n${result.output}`);
  return result.output.slice(start);
}

async function main(): Promise<number> {
  const problems: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), "klantkompas-pg-check-"));
  const sqliteUrl = `file:${join(scratch, "unused.db")}`;
  try {
    const { files, steps } = await generatePostgresFiles();
    const stale = differingFiles(files);
    if (stale.length > 0) problems.push(`prisma/postgres/ is out of date (${stale.join(", ")}). ${FIX}`);
    else console.log("✓ prisma/postgres/ is what npm run db:postgres generates from prisma/.");

    const last = steps.at(-1);
    if (!last) problems.push("prisma/migrations/ has no migrations.");
    else {
      const afterSqlite = join(scratch, "after-sqlite.prisma");
      writeFileSync(afterSqlite, last);
      // Against prisma/schema.prisma as it is now (read as PostgreSQL), not the generated copy on disk.
      const current = join(scratch, "current.prisma");
      writeFileSync(current, files.get("schema.prisma") ?? "");
      const diff = await diffDatamodels(afterSqlite, current, sqliteUrl);
      if (diff) {
        problems.push(
          `Applying prisma/migrations/ does not give the models of prisma/schema.prisma; add the missing migration (README: migrate diff recipe):\n${diff}`,
        );
      } else console.log("✓ the SQLite migrations end in prisma/schema.prisma.");
    }

    const problem = await checkPostgres();
    if (problem) {
      const message = `The PostgreSQL history was not applied: ${describePostgresProblem(problem, testPostgresAdminUrl())}`;
      if (process.env.CI) problems.push(message);
      else console.warn(`! ${message}`);
    } else {
      const database = await createThrowawayPostgres("klantkompas_check_");
      try {
        const migration = await migrateDatabase(database.url, { quiet: true });
        if (migration.code !== 0) problems.push(`prisma migrate deploy failed on PostgreSQL:\n${migration.output}`);
        else {
          const afterPostgres = join(scratch, "after-postgres.prisma");
          writeFileSync(afterPostgres, await introspectPostgres(database.url, scratch));
          const diff = await diffDatamodels(afterPostgres, join(POSTGRES_DIR, "schema.prisma"), sqliteUrl);
          if (diff)
            problems.push(`The PostgreSQL migrations do not end in prisma/postgres/schema.prisma. ${FIX}\n${diff}`);
          else console.log("✓ the PostgreSQL migrations, applied to PostgreSQL, end in the same schema.");
        }
      } finally {
        await database.remove();
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(`✗ ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
