import { existsSync } from "node:fs";
import { runCommand } from "@/scripts/lib/run-command";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Flags for a headless, offline, container-friendly Chromium (Playwright cannot download its own). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export const CHROMIUM_HELP = [
  "The end-to-end tests need a Chromium browser (Playwright cannot download one here).",
  "Install it with:  sudo apt-get update && sudo apt-get install -y chromium",
  "or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g. CHROMIUM_PATH=/path/to/chrome npm test",
].join("\n");

export type ChromiumLookup = { path: string } | { error: string };

/** CHROMIUM_PATH wins; otherwise the Debian/Ubuntu locations. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    return existsSync(configured)
      ? { path: configured }
      : { error: `CHROMIUM_PATH is set to ${configured}, but that file does not exist.\n${CHROMIUM_HELP}` };
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  return found
    ? { path: found }
    : { error: `No Chromium found at ${CHROMIUM_CANDIDATES.join(" or ")}.\n${CHROMIUM_HELP}` };
}

/** Like findChromium, but installs Debian's chromium package when running as root with apt-get. */
export async function ensureChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumLookup> {
  const lookup = findChromium(env);
  if ("path" in lookup || env.CHROMIUM_PATH?.trim() || !canAptInstall()) return lookup;

  console.log("Chromium is missing; installing it with apt-get (running as root)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = await runCommand("apt-get", ["update"], { env: aptEnv });
  const install =
    update.code === 0 ? await runCommand("apt-get", ["install", "-y", "chromium"], { env: aptEnv }) : update;
  if (install.code !== 0)
    return { error: `apt-get could not install chromium (exit code ${install.code}).\n${CHROMIUM_HELP}` };
  return findChromium(env);
}

function canAptInstall(): boolean {
  return process.getuid?.() === 0 && (existsSync("/usr/bin/apt-get") || existsSync("/bin/apt-get"));
}
