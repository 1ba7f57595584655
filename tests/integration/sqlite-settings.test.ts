import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/db";

// The settings of lib/server/db/db-adapter.ts as the app's own connection sees them (docs/operations.md).
const onSqlite = (process.env.DATABASE_URL ?? "").startsWith("file:");

describe.skipIf(!onSqlite)("SQLite connection settings", () => {
  const pragma = async (name: string) => {
    const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${name}`);
    return Object.values(rows[0] ?? {})[0];
  };

  it("uses the write-ahead log", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
  });
  it("syncs every commit (synchronous = FULL)", async () => {
    expect(Number(await pragma("synchronous"))).toBe(2);
  });
  it("waits for a locked file instead of failing at once", async () => {
    expect(Number(await pragma("busy_timeout"))).toBe(5000);
  });
  it("enforces foreign keys", async () => {
    expect(Number(await pragma("foreign_keys"))).toBe(1);
  });
});
