/**
 * npm run db:backup [-- --out FILE] — a consistent online backup of the database in DATABASE_URL while
 * the app keeps running: SQLite through its backup API (checked with integrity_check), PostgreSQL with
 * pg_dump (custom format). Default file: backups/klantkompas-<UTC time>.db|.dump. Restore: docs/operations.md.
 */
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { backupDatabase, defaultBackupPath } from "@/scripts/lib/backup";

function parseOut(args: string[]): string | undefined {
  const index = args.indexOf("--out");
  if (index === -1) return undefined;
  const value = args[index + 1];
  if (!value) throw new Error("--out needs a file name, e.g. npm run db:backup -- --out /backups/klantkompas.db");
  return value;
}

async function main(): Promise<void> {
  const settings = readDatabaseSettings();
  const out = parseOut(process.argv.slice(2)) ?? defaultBackupPath(settings.provider);
  const { path, counts } = await backupDatabase(settings, out);
  console.log(`Backup written to ${path}. Rows per table (compare them after a restore):`);
  console.log(JSON.stringify(counts));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
