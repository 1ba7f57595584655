import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  domainCycles,
  loadSources,
  pureImportViolations,
  readImports,
  type SourceImports,
  serverOnlyViolations,
  uiDatabaseViolations,
} from "@/tests/architecture/import-graph";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sources = loadSources(root, ["lib", "app", "components", "scripts"]);

// An empty list prints as `[]`; a violation prints the offending files.
describe("architecture", () => {
  it("keeps pure lib folders free of server, Next, Prisma and mail code", () => {
    expect(pureImportViolations(sources)).toEqual([]);
  });

  it('marks every file that imports the database client with import "server-only"', () => {
    expect(serverOnlyViolations(sources)).toEqual([]);
  });

  it("has no import cycles between domain folders", () => {
    expect(domainCycles(sources).join("\n\n")).toBe("");
  });

  it("keeps app and components away from the database client and Prisma", () => {
    expect(uiDatabaseViolations(sources)).toEqual([]);
  });
});

// The checks above pass on a clean tree, so prove here that each one can fail.
describe("architecture checker", () => {
  it("reads static, dynamic, side-effect and re-export imports", () => {
    const text = [
      'import "server-only";',
      'import { a } from "@/lib/a/x";',
      'import type {\n  B,\n} from "@/lib/b/y";',
      'export { c } from "@/lib/c/z";',
      'export * from "@/lib/d/w";',
      'const e = await import("@/lib/e/v");',
    ].join("\n");
    expect(readImports(text)).toEqual(["server-only", "@/lib/a/x", "@/lib/b/y", "@/lib/c/z", "@/lib/d/w", "@/lib/e/v"]);
  });

  it("flags a pure file that reaches for the server", () => {
    const fake: SourceImports[] = [
      { file: "lib/history/series.ts", imports: ["@/lib/server/db/db", "next/headers", "@/lib/scoring/types"] },
      { file: "lib/server/clients/x.ts", imports: ["@/lib/server/db/db", "server-only"] },
    ];
    expect(pureImportViolations(fake)).toEqual([
      "lib/history/series.ts imports @/lib/server/db/db",
      "lib/history/series.ts imports next/headers",
    ]);
  });

  it('flags a database file without import "server-only"', () => {
    const fake: SourceImports[] = [
      { file: "lib/server/clients/bad.ts", imports: ["@/lib/server/db/db"] },
      { file: "lib/server/http/headers.ts", imports: ["next/headers"] },
      { file: "scripts/seed.ts", imports: ["@/lib/server/db/db"] },
      { file: "lib/server/clients/good.ts", imports: ["server-only", "@/lib/server/db/db"] },
    ];
    expect(serverOnlyViolations(fake)).toEqual([
      'lib/server/clients/bad.ts imports @/lib/server/db/db without import "server-only"',
      'lib/server/http/headers.ts imports next/headers without import "server-only"',
    ]);
  });

  it("finds a folder cycle and names its files", () => {
    const fake: SourceImports[] = [
      { file: "lib/a/one.ts", imports: ["@/lib/b/two"] },
      { file: "lib/b/two.ts", imports: ["@/lib/server/c/three"] },
      { file: "lib/server/c/three.ts", imports: ["@/lib/a/one"] },
      { file: "lib/d/four.ts", imports: ["@/lib/a/one"] },
      { file: "lib/env.ts", imports: ["@/lib/e/five"] },
      { file: "lib/e/five.ts", imports: ["@/lib/env"] },
    ];
    const cycles = domainCycles(fake);
    expect(cycles).toHaveLength(2);
    expect(cycles[0]).toContain("cycle between lib/a, lib/b, lib/server/c");
    expect(cycles[0]).toContain("lib/server/c/three.ts -> @/lib/a/one");
    expect(cycles[0]).not.toContain("lib/d");
    expect(cycles[1]).toContain("cycle between lib/e, lib/env");
  });

  it("flags a page that imports Prisma", () => {
    const fake: SourceImports[] = [
      { file: "app/page.tsx", imports: ["@/lib/server/db/db", "@/lib/server/clients/list-clients"] },
      { file: "components/x.tsx", imports: ["@/lib/generated/prisma/client"] },
    ];
    expect(uiDatabaseViolations(fake)).toEqual([
      "app/page.tsx imports @/lib/server/db/db",
      "components/x.tsx imports @/lib/generated/prisma/client",
    ]);
  });
});
