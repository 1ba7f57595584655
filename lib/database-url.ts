import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

// The embedded default: a SQLite file in ./data (git-ignored). DATABASE_URL overrides it.
export const DEFAULT_DATABASE_URL = "file:./data/klantkompas.db";

/** Makes a relative SQLite URL absolute so the CLI, the app and tests agree on one file. */
export function resolveDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url;
  const path = url.slice("file:".length);
  return `file:${isAbsolute(path) ? path : resolve(cwd, path)}`;
}

export function ensureDatabaseDir(url: string): void {
  if (url.startsWith("file:")) mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
}
