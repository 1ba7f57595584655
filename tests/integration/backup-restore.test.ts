import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readDatabaseSettings } from "@/lib/server/db/database-url";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { createTestDatabase, migrateDatabase, type ThrowawayDatabase } from "@/scripts/lib/database";
import { bin, runCommand } from "@/scripts/lib/run-command";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// The restore drill of docs/operations.md, step by step, on the database this run uses (SQLite or
// PostgreSQL): back up while the app writes, restore into a new empty database, migrate, compare.

const scratch = mkdtempSync(join(tmpdir(), "klantkompas-drill-"));
let restored: ThrowawayDatabase | null = null;
afterAll(async () => {
  await restored?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The JSON line of rows per table that db:backup and db:restore print last. */
function countsFrom(output: string): Record<string, number> {
  const line = output
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no row counts in:\n${output}`);
  return JSON.parse(line) as Record<string, number>;
}

const tsx = (script: string, args: string[], databaseUrl: string) =>
  runCommand(bin("tsx"), [script, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, quiet: true });

describe("backup and restore drill", () => {
  it("backs up online and restores into a new database with the same rows", { timeout: 90_000 }, async () => {
    const databaseUrl = inject("databaseUrl");
    const { workspaceId } = await createWorkspaceWithConsultant();
    const clientId = await createTestClient(workspaceId, { name: "Back-up B.V." });
    await submitTestClientScan(workspaceId, clientId);
    const open = await startTestClientScan(workspaceId, clientId);
    const quick = questionnaireOfKind("quick");

    // 1. npm run db:backup -- --out FILE, while answers keep being saved.
    const kind = readDatabaseSettings({ DATABASE_URL: databaseUrl }).provider;
    const file = join(scratch, kind === "postgresql" ? "drill.dump" : "drill.db");
    const writes = Promise.all(
      [0, 25, 50, 75, 100].map((score) =>
        saveAnswers({ resumeToken: open.resumeToken, answers: answersWithDomainScores(quick, {}, score) }),
      ),
    );
    const backup = await tsx("scripts/db-backup.ts", ["--out", file], databaseUrl);
    await writes;
    expect(backup.code, backup.output).toBe(0);
    const inBackup = countsFrom(backup.output);
    expect(inBackup.Client).toBeGreaterThanOrEqual(1);
    expect(inBackup.ScanDomainScore).toBeGreaterThanOrEqual(quick.domains.length);
    expect(inBackup.ResponseDomainScore).toBeGreaterThanOrEqual(quick.domains.length);

    // 2. A new, empty database, 3. npm run db:restore -- FILE into it.
    restored = await createTestDatabase(kind, "klantkompas-restore-");
    const restore = await tsx("scripts/db-restore.ts", [file], restored.url);
    expect(restore.code, restore.output).toBe(0);
    expect(countsFrom(restore.output)).toEqual(inBackup);

    // 4. npm run db:migrate finds the restored schema complete.
    const migrate = await migrateDatabase(restored.url, { quiet: true });
    expect(migrate.code, migrate.output).toBe(0);
    expect(migrate.output).toMatch(/No pending migrations to apply/);

    // A restore never overwrites: the restored database now has tables, so a second restore is refused.
    const again = await tsx("scripts/db-restore.ts", [file], restored.url);
    expect(again.code).not.toBe(0);
  });
});
