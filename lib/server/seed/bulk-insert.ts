import "server-only";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { db } from "@/lib/server/db/db";

// Bulk inserts for seeds and benchmarks (scripts/lib/bench-seed.ts, lib/server/seed/demo-peers.ts): thousands of rows
// in one statement each, instead of one round trip per row.

export type BulkRow = Record<string, string | number | boolean | Date | null>;

/** A date as Prisma's SQLite adapter stores it: ISO text ending in +00:00, not Z. */
const storedDate = (date: Date) => date.toISOString().replace(/Z$/, "+00:00");

const onPostgres = () => databaseProvider(resolveDatabaseUrl(process.env.DATABASE_URL)) === "postgresql";

/** One INSERT … SELECT from a JSON parameter (json_each on SQLite, json_populate_recordset on PostgreSQL). */
async function insertSlice(table: string, rows: readonly BulkRow[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const list = columns.map((c) => `"${c}"`).join(", ");
  if (onPostgres()) {
    const values = rows.map((row) =>
      Object.fromEntries(
        columns.map((c) => [c, ((v) => (v instanceof Date ? v.toISOString().replace(/Z$/, "") : v))(row[c])]),
      ),
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(values),
    );
    return;
  }
  // SQLite stores booleans as 0/1.
  const values = rows.map((row) =>
    columns.map((c) => ((v) => (v instanceof Date ? storedDate(v) : typeof v === "boolean" ? Number(v) : v))(row[c])),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`,
    JSON.stringify(values),
  );
}

/** Inserts rows (all with the same columns) in slices: one JSON parameter of 100,000 rows is more than drivers like. */
export async function bulkInsert(table: string, rows: readonly BulkRow[], sliceSize = 20_000): Promise<void> {
  for (let i = 0; i < rows.length; i += sliceSize) await insertSlice(table, rows.slice(i, i + sliceSize));
}
