import { rmSync } from "node:fs";
import { join } from "node:path";
import { buildStatus, FINGERPRINT_FILE, writeFingerprint } from "@/scripts/lib/build-fingerprint";
import { bin, repoRoot, runCommand } from "@/scripts/lib/run-command";

/** Runs `next build` when the sources changed since the last successful build. Returns the exit code. */
export async function ensureBuild(env: NodeJS.ProcessEnv): Promise<number> {
  const status = buildStatus(repoRoot);
  if (!status.needed) {
    console.log(`Skipping next build: ${status.reason}.`);
    return 0;
  }
  console.log(`Building Klantkompas (${status.reason})…`);
  // A failed build must never be mistaken for an up-to-date one.
  rmSync(join(repoRoot, FINGERPRINT_FILE), { force: true });
  const result = await runCommand(bin("next"), ["build"], { env });
  if (result.code === 0) writeFingerprint(repoRoot, status.fingerprint);
  else console.error(`next build failed (exit code ${result.code}).`);
  return result.code;
}
