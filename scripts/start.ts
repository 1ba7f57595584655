/**
 * npm start: migrate the database, build when the sources changed (see lib/build-fingerprint.ts),
 * then serve the production build with `next start`.
 *
 * Env: DATABASE_URL (default file:./data/klantkompas.db, or postgresql://…), PORT (default 3000), HOST (the
 * address to listen on, passed to `next start -H`; unset: every interface, as `next start` does), SKIP_BUILD=1.
 */
import { connect } from "node:net";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { migrateDatabase } from "@/scripts/lib/database";
import { ensureBuild } from "@/scripts/lib/ensure-build";
import { bin, forwardSignals, interruptedSignal, runCommand } from "@/scripts/lib/run-command";

function describeDatabase(url: string): string {
  // Only SQLite paths are printed; a PostgreSQL URL could contain a password, so only its host and database.
  if (databaseProvider(url) === "sqlite") return url.slice("file:".length);
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
}

/** Where to knock to see whether the server is up: the listening address, or localhost for every interface. */
function probeHost(host: string | undefined): string {
  return host === undefined || host === "0.0.0.0" || host === "::" ? "localhost" : host;
}

/** The address shown in the "running on" line (IPv6 in brackets). */
function urlHost(host: string | undefined): string {
  const shown = probeHost(host);
  return shown.includes(":") ? `[${shown}]` : shown;
}

function canConnect(port: number, host: string): Promise<boolean> {
  return new Promise((resolveConnected) => {
    const socket = connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolveConnected(true);
    });
    socket.once("error", () => resolveConnected(false));
  });
}

/** Resolves once something accepts connections on the port (polling), or never if `stopped()` turns true. */
async function waitForPort(port: number, host: string, stopped: () => boolean): Promise<boolean> {
  while (!stopped()) {
    if (await canConnect(port, host)) return true;
    await new Promise((wake) => setTimeout(wake, 250));
  }
  return false;
}

async function main(): Promise<number> {
  forwardSignals();
  const databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL);
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`PORT must be a TCP port number, got "${process.env.PORT}".`);
    return 1;
  }
  // Unset (or blank): no -H, so `next start` listens on every interface, as it always has.
  const host = process.env.HOST?.trim() || undefined;
  if (host !== undefined && !/^[A-Za-z0-9.:-]+$/.test(host)) {
    console.error(`HOST must be an IP address or a host name (e.g. 127.0.0.1), got "${process.env.HOST}".`);
    return 1;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };

  console.log(`Database: ${describeDatabase(databaseUrl)}`);
  const migration = await migrateDatabase(databaseUrl, { quiet: true });
  if (migration.code !== 0) {
    console.error(`${migration.output}\nprisma migrate deploy failed (exit code ${migration.code}).`);
    return migration.code;
  }

  if (process.env.SKIP_BUILD === "1") console.log("SKIP_BUILD=1: using the existing build in .next/.");
  else {
    const buildCode = await ensureBuild(env);
    if (buildCode !== 0) return buildCode;
  }
  if (interruptedSignal()) return 130;
  if (await canConnect(port, probeHost(host))) {
    console.error(`Port ${port} is already in use. Stop the other server or choose another port: PORT=3001 npm start`);
    return 1;
  }

  let exited = false;
  const listen = host === undefined ? [] : ["-H", host];
  const server = runCommand(bin("next"), ["start", "-p", String(port), ...listen], { env }).finally(() => {
    exited = true;
  });
  void waitForPort(port, probeHost(host), () => exited).then((up) => {
    const where = host === undefined ? "every interface" : host;
    if (up) console.log(`\nKlantkompas is running on http://${urlHost(host)}:${port} (listening on ${where})\n`);
  });
  return (await server).code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
