/**
 * npm start: migrate the database, build when the sources changed (see lib/build-fingerprint.ts),
 * then serve the production build with `next start`.
 *
 * Env: DATABASE_URL (default file:./data/klantkompas.db, or postgresql://…), PORT (default 3000), SKIP_BUILD=1.
 */
import { connect } from "node:net";
import { databaseProvider, resolveDatabaseUrl } from "../lib/database-url";
import { migrateDatabase } from "./lib/database";
import { ensureBuild } from "./lib/ensure-build";
import { bin, forwardSignals, interruptedSignal, runCommand } from "./lib/run-command";

function describeDatabase(url: string): string {
  // Only SQLite paths are printed; a PostgreSQL URL could contain a password, so only its host and database.
  if (databaseProvider(url) === "sqlite") return url.slice("file:".length);
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}${parsed.pathname}`;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolveConnected) => {
    const socket = connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolveConnected(true);
    });
    socket.once("error", () => resolveConnected(false));
  });
}

/** Resolves once something accepts connections on the port (polling), or never if `stopped()` turns true. */
async function waitForPort(port: number, stopped: () => boolean): Promise<boolean> {
  while (!stopped()) {
    if (await canConnect(port)) return true;
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
  if (await canConnect(port)) {
    console.error(`Port ${port} is already in use. Stop the other server or choose another port: PORT=3001 npm start`);
    return 1;
  }

  let exited = false;
  const server = runCommand(bin("next"), ["start", "-p", String(port)], { env }).finally(() => {
    exited = true;
  });
  void waitForPort(port, () => exited).then((up) => {
    if (up) console.log(`\nKlantkompas is running on http://localhost:${port}\n`);
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
