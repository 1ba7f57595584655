import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * BETTER_AUTH_SECRET when set; otherwise a random secret kept next to the SQLite file, so
 * `npm install && npm start` works with zero set-up and sessions survive a restart.
 */
export function resolveAuthSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.BETTER_AUTH_SECRET;
  if (configured && configured.length >= 32) return configured;
  const url = env.DATABASE_URL ?? "";
  const folder = url.startsWith("file:") ? dirname(url.slice("file:".length)) : join(process.cwd(), "data");
  const file = join(folder, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
