/**
 * npm run db:postgres — regenerates prisma/postgres/ (schema.prisma and migrations/) from
 * prisma/schema.prisma and prisma/migrations/, then the PostgreSQL Prisma client. Safe to run any
 * time: the output depends only on the SQLite schema and history. Run it after adding a SQLite migration.
 */
import { differingFiles, GENERATE_URL, generatePostgresFiles, writeFiles } from "@/scripts/lib/postgres-schema";
import { bin, runCommand } from "@/scripts/lib/run-command";

async function main(): Promise<number> {
  const { files, warnings } = await generatePostgresFiles();
  const changed = differingFiles(files);
  writeFiles(files);
  console.log(
    changed.length === 0
      ? "prisma/postgres/ was already up to date."
      : `Updated prisma/postgres/: ${changed.join(", ")}`,
  );
  for (const name of warnings) {
    console.warn(
      `Note: ${name} changes rows; its UPDATE/INSERT/DELETE statements were copied as written into the PostgreSQL migration. ` +
        `If they do not run on PostgreSQL (or must run between schema steps), write prisma/postgres-overrides/${name}/migration.sql.`,
    );
  }
  // A PostgreSQL URL makes prisma.config.ts pick prisma/postgres/; generate never connects.
  const generated = await runCommand(bin("prisma"), ["generate"], {
    env: { ...process.env, DATABASE_URL: GENERATE_URL },
    quiet: true,
  });
  if (generated.code !== 0) {
    console.error(generated.output);
    return generated.code;
  }
  console.log("Generated the PostgreSQL Prisma client (lib/generated/prisma-postgres).");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
