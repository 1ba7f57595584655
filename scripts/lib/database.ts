import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, type CommandResult, runCommand } from "./run-command";

/** Applies the committed migrations (never `migrate dev`); creates the SQLite file when missing. */
export function migrateDatabase(url: string, options: { quiet?: boolean } = {}): Promise<CommandResult> {
  return runCommand(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    quiet: options.quiet,
  });
}

export interface ThrowawayDatabase {
  url: string;
  remove(): void;
}

/** A fresh, empty SQLite file URL in its own temp dir; `remove()` deletes the dir (and -wal/-journal files). */
export function createThrowawayDatabase(prefix: string): ThrowawayDatabase {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    url: `file:${join(dir, "klantkompas.db")}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
