import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/lib/server/auth/auth-secret";

const folder = mkdtempSync(join(tmpdir(), "klantkompas-secret-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("resolveAuthSecret", () => {
  it("uses a configured secret of 32+ characters and refuses a shorter one instead of ignoring it", () => {
    const secret = "x".repeat(32);
    expect(resolveAuthSecret({ secret, databaseUrl: "postgresql://db/k" })).toBe(secret);
    expect(() => resolveAuthSecret({ secret: "kort", databaseUrl: `file:${folder}/k.db` })).toThrow(/at least 32/);
  });

  it("requires a configured secret when the database is not a local file", () => {
    expect(() => resolveAuthSecret({ databaseUrl: "postgresql://db/k" })).toThrow(/BETTER_AUTH_SECRET is required/);
  });

  it("generates one secret next to a SQLite file and keeps using it", () => {
    const first = resolveAuthSecret({ databaseUrl: `file:${folder}/k.db` });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret({ databaseUrl: `file:${folder}/k.db` })).toBe(first);
    expect(readFileSync(join(folder, "auth-secret"), "utf8").trim()).toBe(first);
  });
});
