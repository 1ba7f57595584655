import { describe, expect, it } from "vitest";
import { DATABASE_TAG, fileHasDatabaseTag, splitByDatabaseTag } from "@/scripts/lib/database-tag";

describe("the @database tag", () => {
  it("is found in the specs that carry it, and not in a journey that runs on SQLite only", () => {
    expect(fileHasDatabaseTag("tests/e2e/two-servers.spec.ts")).toBe(true);
    expect(fileHasDatabaseTag("tests/e2e/smoke.spec.ts")).toBe(false);
    expect(fileHasDatabaseTag("tests/e2e")).toBeNull();
    expect(fileHasDatabaseTag("tests/e2e/no-such.spec.ts")).toBeNull();
    expect(DATABASE_TAG).toBe("@database");
  });

  it("keeps the named files with tagged tests and the arguments that are no file", () => {
    const tagged = new Set(["a.spec.ts"]);
    const hasTag = (file: string) => (file.endsWith(".spec.ts") ? tagged.has(file) : null);
    expect(splitByDatabaseTag(["a.spec.ts", "b.spec.ts", "tests/e2e"], hasTag)).toEqual({
      run: ["a.spec.ts", "tests/e2e"],
      untagged: ["b.spec.ts"],
    });
    expect(splitByDatabaseTag(["b.spec.ts"], hasTag)).toEqual({ run: [], untagged: ["b.spec.ts"] });
    expect(splitByDatabaseTag([], hasTag)).toEqual({ run: [], untagged: [] });
  });
});
