import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { AUTH_SECRET_MIN_LENGTH } from "@/lib/env";

/**
 * The configured secret when set (lib/env.ts has checked its length, and that it is set whenever the
 * database is not a local file); otherwise a random secret kept next to the SQLite file, so
 * `npm install && npm start` works with zero set-up and sessions survive a restart.
 */
export function resolveAuthSecret(options: { secret?: string | undefined; databaseUrl: string }): string {
  const { secret, databaseUrl } = options;
  if (secret !== undefined) {
    // Never fall back silently: a short secret is a mistake to report, not to paper over.
    if (secret.length < AUTH_SECRET_MIN_LENGTH) {
      throw new Error(`BETTER_AUTH_SECRET must be at least ${AUTH_SECRET_MIN_LENGTH} characters long.`);
    }
    return secret;
  }
  if (!databaseUrl.startsWith("file:")) {
    throw new Error("BETTER_AUTH_SECRET is required when DATABASE_URL is not a local SQLite file.");
  }
  const folder = dirname(databaseUrl.slice("file:".length));
  const file = join(folder, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
