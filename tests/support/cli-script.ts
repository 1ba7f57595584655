import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export type CliResult = { code: number | null; stdout: string; stderr: string };

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Runs `scripts/<name>.ts` the way `npm run <name>` does (node + tsx, from the repository root), with a temporary
 * directory for its input files. Call at the top of a test file: the directory is removed after all its tests.
 */
export function setUpCliScript(name: string) {
  const script = join(root, `scripts/${name}.ts`);
  const dir = mkdtempSync(join(tmpdir(), `${name}-cli-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `content` as JSON into the temporary directory; returns its path. */
  function file(fileName: string, content: unknown): string {
    const path = join(dir, fileName);
    writeFileSync(path, JSON.stringify(content));
    return path;
  }

  function run(...args: string[]): Promise<CliResult> {
    return new Promise((resolve) => {
      execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: root }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      });
    });
  }

  return { dir, file, run };
}
