import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (this file lives in scripts/lib/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Path of a locally installed CLI, e.g. bin("next") → <repo>/node_modules/.bin/next. */
export function bin(name: string): string {
  return join(repoRoot, "node_modules", ".bin", name);
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Capture output instead of streaming it; it is returned in `output`. */
  quiet?: boolean;
}

export interface CommandResult {
  /** Exit code; 128 + signal number when the process was killed by a signal, 127 when it could not start. */
  code: number;
  output: string;
}

const running = new Set<ChildProcess>();
let interruptedBy: NodeJS.Signals | null = null;

/** Runs a command to completion, streaming its output to this process's stdout/stderr unless `quiet`. */
export function runCommand(command: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
  return new Promise((resolveResult) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    });
    running.add(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", (error) => {
      running.delete(child);
      resolveResult({ code: 127, output: `${output}Could not run ${command}: ${error.message}\n` });
    });
    child.on("close", (code, signal) => {
      running.delete(child);
      resolveResult({ code: code ?? signalExitCode(signal), output });
    });
  });
}

export function signalExitCode(signal: NodeJS.Signals | null): number {
  return signal ? 128 + (constants.signals[signal] ?? 0) : 1;
}

/**
 * On SIGINT/SIGTERM, pass the signal on to the running children and remember it; callers check
 * `interruptedSignal()` after each step and stop. The children decide how fast they exit.
 */
export function forwardSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      interruptedBy = signal;
      for (const child of running) child.kill(signal);
    });
  }
}

export function interruptedSignal(): NodeJS.Signals | null {
  return interruptedBy;
}
