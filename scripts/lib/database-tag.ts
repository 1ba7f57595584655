import { readFileSync, statSync } from "node:fs";

/**
 * The Playwright tag of the end-to-end tests whose behaviour depends on the database (concurrency, two app
 * servers, migrations, data put straight into the database): the only ones npm test runs on PostgreSQL too.
 * Every other browser journey runs once, on SQLite. See docs/testing.md.
 */
export const DATABASE_TAG = "@database";

/** true/false for a spec file that does or does not mention the tag; null for an argument that is no file. */
export function fileHasDatabaseTag(file: string): boolean | null {
  try {
    if (!statSync(file).isFile()) return null;
    return readFileSync(file, "utf8").includes(`"${DATABASE_TAG}"`);
  } catch {
    return null;
  }
}

/**
 * The named e2e files for the PostgreSQL run: files without a tagged test are left out (they run on SQLite
 * only) and listed in `untagged`; arguments that are no file (a folder, a pattern) go to Playwright as they are.
 * Returns no files to run when every named file is untagged, so the caller can skip the run.
 */
export function splitByDatabaseTag(
  files: readonly string[],
  hasTag: (file: string) => boolean | null = fileHasDatabaseTag,
): { run: string[]; untagged: string[] } {
  const run: string[] = [];
  const untagged: string[] = [];
  for (const file of files) (hasTag(file) === false ? untagged : run).push(file);
  return { run, untagged };
}
