import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStatus, computeFingerprint, listSourceFiles, writeFingerprint } from "@/scripts/lib/build-fingerprint";

let root: string;

function write(path: string, content: string): void {
  const file = join(root, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "klantkompas-fingerprint-"));
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/score.ts", "export const x = 1;\n");
  write("package-lock.json", "{}\n");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("computeFingerprint", () => {
  it("is stable while nothing changes", () => {
    expect(computeFingerprint(root)).toBe(computeFingerprint(root));
  });

  it("changes when a source file's content changes", () => {
    const before = computeFingerprint(root);
    write("lib/score.ts", "export const x = 12;\n");
    expect(computeFingerprint(root)).not.toBe(before);
  });

  it("changes when only the modification time changes", () => {
    const before = computeFingerprint(root);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "app/page.tsx"), later, later);
    expect(computeFingerprint(root)).not.toBe(before);
  });

  it("changes when a file is added or a top-level config file appears", () => {
    const before = computeFingerprint(root);
    write("messages/nl.json", "{}\n");
    const withMessages = computeFingerprint(root);
    expect(withMessages).not.toBe(before);
    write("next.config.ts", "export default {};\n");
    expect(computeFingerprint(root)).not.toBe(withMessages);
  });

  it("ignores lib/generated, test files and unrelated folders", () => {
    const before = computeFingerprint(root);
    write("lib/generated/prisma/client.ts", "export {};\n");
    write("lib/score.test.ts", "test\n");
    write("tests/e2e/smoke.spec.ts", "test\n");
    write("README.md", "docs\n");
    expect(computeFingerprint(root)).toBe(before);
    expect(listSourceFiles(root).map((entry) => entry.path)).toEqual([
      "app/page.tsx",
      "lib/score.ts",
      "package-lock.json",
    ]);
  });
});

describe("buildStatus", () => {
  it("needs a build without .next/BUILD_ID, and not after a stored matching fingerprint", () => {
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "no build yet" });
    write(".next/BUILD_ID", "abc");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "build fingerprint missing" });
    writeFingerprint(root, computeFingerprint(root));
    expect(buildStatus(root).needed).toBe(false);
    write("app/page.tsx", "changed\n");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "sources changed since the last build" });
  });
});
