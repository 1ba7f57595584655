/**
 * npm run db:restore -- FILE — restores a backup made by npm run db:backup into DATABASE_URL, which must
 * be empty (a new SQLite file, or a new PostgreSQL database), then prints the rows per table so they can
 * be compared with what db:backup printed. The drill is in docs/operations.md.
 */
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { countTableRows, restoreDatabase } from "@/scripts/lib/backup";

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("Name the backup: npm run db:restore -- backups/klantkompas-….db");
  const settings = readDatabaseSettings();
  await restoreDatabase(settings, file);
  console.log(`Restored ${file}. Rows per table:`);
  console.log(JSON.stringify(await countTableRows(settings)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
