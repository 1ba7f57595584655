/**
 * npm run bench [-- --json]: builds if needed, starts the production server (next start) on a throw-away
 * database — SQLite by default, a fresh database on the PostgreSQL server of DATABASE_URL when it is one —
 * seeds it through the data layer, measures, stops the server, prints a table and writes the same figures
 * to .test-output/bench.json (`--json` also prints them as the last line). Numbers, not pass/fail.
 *
 * Every figure is a ratio against something measured side by side in the same run (the machine is noisy):
 * page JavaScript against a bare page of the same build, autosave against the same server action refused at
 * validation. Load goes to 127.0.0.1 only and each load run lasts BENCH_SECONDS (default 10).
 * See docs/performance.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { formatTable, gzipSize, percentile, ratio, scriptChunks, treeRssMb } from "@/scripts/lib/bench-measure";
import {
  createThrowawayDatabase,
  createThrowawayPostgres,
  migrateDatabase,
  type ThrowawayDatabase,
} from "@/scripts/lib/database";
import { ensureBuild } from "@/scripts/lib/ensure-build";
import { findFreePort } from "@/scripts/lib/free-port";
import { bin, forwardSignals, interruptedSignal, repoRoot } from "@/scripts/lib/run-command";

const JSON_FLAG = process.argv.includes("--json");
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CLIENTS = 1_000;
const SCANS_PER_CLIENT = 20;
const ROUND_RESPONSES = 1_000;
const AUTOSAVE_RESPONSES = 1_000;
const CONNECTIONS = [50, 200];
const TIMING_RUNS = 40;
// The whole run must end; a hung server or a stuck load run would otherwise keep the machine busy.
const DEADLINE_MS = 20 * 60_000;
const OUTPUT = join(repoRoot, ".test-output", "bench.json");

const log = (message: string) => console.error(`[bench] ${message}`);

type PageFigure = { name: string; path: string; chunks: number; gzipBytes: number; ratio: number };
type AutosaveFigure = {
  connections: number;
  rps: number;
  floorRps: number;
  ratio: number;
  p50: number;
  p95: number;
  p99: number;
  floorP50: number;
  floorP95: number;
  floorP99: number;
  p95Ratio: number;
  errors: number;
};
type TimingFigure = { path: string; p50Ms: number; p95Ms: number; queries: number };

// ---------------------------------------------------------------------------------------------- server

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ child: ChildProcess; output: string[] }> {
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/bench-bare`)).ok) return { child, output };
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 300));
  }
  child.kill("SIGKILL");
  throw new Error(`next start did not come up on ${base}:\n${output.join("")}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------- pages

async function measurePage(base: string, path: string, cookie: string): Promise<{ chunks: number; gzipBytes: number }> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
  const chunks = scriptChunks(await response.text());
  let gzipBytes = 0;
  for (const chunk of chunks) {
    const script = await fetch(`${base}${chunk}`);
    if (!script.ok) throw new Error(`GET ${chunk} (from ${path}): HTTP ${script.status}`);
    gzipBytes += gzipSize(Buffer.from(await script.arrayBuffer()));
  }
  return { chunks: chunks.length, gzipBytes };
}

async function timePage(base: string, path: string, cookie: string): Promise<{ p50Ms: number; p95Ms: number }> {
  const samples: number[] = [];
  for (let i = -5; i < TIMING_RUNS; i += 1) {
    const start = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
    if (i >= 0) samples.push(performance.now() - start);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { p50Ms: round(percentile(samples, 0.5)), p95Ms: round(percentile(samples, 0.95)) };
}

// ---------------------------------------------------------------------------------------------- autosave

/** The id Next gave saveAnswerAction in this build (server actions are POSTed with it in `Next-Action`). */
function saveAnswerActionId(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "saveAnswerAction" && entry.filename === "app/actions/scan/save-answer.ts",
  );
  if (!found) throw new Error("saveAnswerAction is not in .next/server/server-reference-manifest.json");
  return found[0];
}

type Target = { resumeTokens: string[]; itemIds: string[]; values: number[] };

// Across runs, so the saves keep moving on to (response, item) pairs not written yet instead of repeating.
let nextRequest = 0;

// Responses answered side by side; within a group each respondent answers the items in order, one save each.
const GROUP = 250;

/**
 * The i-th save as the questionnaire page's autosave sends it: React's encodeReply of the one argument. Requests
 * in flight at once go to different responses; each response gets its first answer once per GROUP × items saves,
 * as when people fill in a questionnaire.
 */
function saveRequest(target: Target, i: number, refused: boolean): { path: string; body: string } {
  const items = target.itemIds.length;
  const groups = Math.max(1, Math.floor(target.resumeTokens.length / GROUP));
  const group = Math.floor(i / (GROUP * items)) % groups;
  const within = i % (GROUP * items);
  const token = target.resumeTokens[group * GROUP + (within % GROUP)] ?? "";
  const itemId = target.itemIds[Math.floor(within / GROUP)] ?? "";
  // Refused by saveAnswerSchema before anything touches the database: the floor.
  const value = refused ? "not-a-value" : (target.values[i % target.values.length] ?? 1);
  return { path: `/scan/${token}/1`, body: JSON.stringify([{ token, itemId, value }]) };
}

function actionHeaders(base: string, actionId: string): Record<string, string> {
  return {
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    "next-action": actionId,
    origin: base,
  };
}

async function loadRun(options: {
  base: string;
  actionId: string;
  target: Target;
  connections: number;
  seconds: number;
  refused: boolean;
}): Promise<{ samples: number[]; seconds: number; errors: number }> {
  const samples: number[] = [];
  let failures = 0;
  let wrong = 0;
  const result = await new Promise<autocannon.Result>((resolveResult, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        headers: actionHeaders(options.base, options.actionId),
        requests: [
          {
            method: "POST",
            setupRequest: (request) => {
              const { path, body } = saveRequest(options.target, nextRequest, options.refused);
              nextRequest += 1;
              return { ...request, path, body };
            },
            // Every answer must be stored (or, for the floor, refused): a fast error is no throughput.
            onResponse: (status, body) => {
              if (status === 200 && !body.includes(options.refused ? "errors.invalidAnswer" : '"ok":true')) wrong += 1;
            },
          },
        ],
      },
      (error: unknown, finished: autocannon.Result) => (error ? reject(error) : resolveResult(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) samples.push(responseTime);
      else failures += 1;
    });
  });
  return {
    samples,
    seconds: result.duration || options.seconds,
    errors: failures + wrong + result.errors + result.timeouts,
  };
}

type LoadFigure = { rps: number; p50: number; p95: number; p99: number; errors: number };

/**
 * The saves and the floor in alternating slices of the same run (floor, save, floor, save…), so a burst of load
 * from elsewhere on the machine falls on both alike; each side's slices are pooled.
 */
async function compareLoad(options: {
  base: string;
  actionId: string;
  target: Target;
  connections: number;
  seconds: number;
  slices: number;
}): Promise<{ save: LoadFigure; floor: LoadFigure }> {
  const pooled = {
    save: { samples: [] as number[], seconds: 0, errors: 0 },
    floor: { samples: [] as number[], seconds: 0, errors: 0 },
  };
  const slice = options.seconds / options.slices;
  for (let i = 0; i < options.slices; i += 1) {
    for (const refused of [true, false]) {
      const run = await loadRun({ ...options, seconds: slice, refused });
      const side = refused ? pooled.floor : pooled.save;
      side.samples.push(...run.samples);
      side.seconds += run.seconds;
      side.errors += run.errors;
    }
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const figure = (side: typeof pooled.save): LoadFigure => ({
    rps: Math.round(side.samples.length / side.seconds),
    p50: round(percentile(side.samples, 0.5)),
    p95: round(percentile(side.samples, 0.95)),
    p99: round(percentile(side.samples, 0.99)),
    errors: side.errors,
  });
  return { save: figure(pooled.save), floor: figure(pooled.floor) };
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  forwardSignals();
  const started = Date.now();
  const configured = process.env.DATABASE_URL?.trim() ?? "";
  const onPostgres = /^postgres(ql)?:/.test(configured);
  const database: ThrowawayDatabase = onPostgres
    ? await createThrowawayPostgres("klantkompas_bench_", configured)
    : createThrowawayDatabase("klantkompas-bench-");
  let server: ChildProcess | undefined;
  const watchdog = setTimeout(() => {
    log(`still running after ${DEADLINE_MS / 60_000} minutes: stopping`);
    server?.kill("SIGKILL");
    void database.remove().finally(() => process.exit(1));
  }, DEADLINE_MS);
  watchdog.unref();
  try {
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      // Plain-http cookies, links and origin checks for this one address; one secret for server and seeder.
      PUBLIC_URL: base,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    };
    const migration = await migrateDatabase(database.url, { quiet: true });
    if (migration.code !== 0) throw new Error(`prisma migrate deploy failed:\n${migration.output}`);
    if ((await ensureBuild(env)) !== 0) return 1;
    if (interruptedSignal()) return 130;

    // The seeder talks to the same database as the server, with the same secret.
    Object.assign(process.env, env);
    const seed = await import("@/scripts/lib/bench-seed");
    const { db } = await import("@/lib/server/db/db");
    const { auth } = await import("@/lib/server/auth/auth");
    const { listClients } = await import("@/lib/server/clients/list-clients");
    const { getClient } = await import("@/lib/server/clients/manage-clients");
    const { listClientScans } = await import("@/lib/server/clients/client-scans");
    const { getRoundByResultsToken } = await import("@/lib/server/rounds/get-round");
    const { clientListQuerySchema } = await import("@/lib/schemas/client");

    log(`seeding (${database.kind}): a consultant with ${CLIENTS} clients × ${SCANS_PER_CLIENT} scans…`);
    let t = performance.now();
    const consultant = await seed.seedConsultant();
    const { clientIds } = await seed.seedDashboard({
      workspaceId: consultant.workspaceId,
      clients: CLIENTS,
      scans: SCANS_PER_CLIENT,
    });
    log(`  ${Math.round(performance.now() - t)} ms; a round with ${ROUND_RESPONSES} submitted responses…`);
    t = performance.now();
    const round = await seed.seedClosedRound(ROUND_RESPONSES);
    log(`  ${Math.round(performance.now() - t)} ms; ${AUTOSAVE_RESPONSES} open responses for autosave…`);
    t = performance.now();
    const target = await seed.seedOpenRound(AUTOSAVE_RESPONSES);
    const selfScans = await seed.seedSelfScans();
    log(`  ${Math.round(performance.now() - t)} ms`);

    // Query counts, in process: the data functions the pages call, counted by Prisma's query events.
    let counting = false;
    let queries = 0;
    db.$on("query", () => {
      if (counting) queries += 1;
    });
    const countQueries = async (run: () => Promise<unknown>) => {
      queries = 0;
      counting = true;
      try {
        await run();
        return queries;
      } finally {
        counting = false;
      }
    };
    const clientId = clientIds[123] ?? "";
    const { workspaceId } = consultant;
    const dashboardQueries = await countQueries(() =>
      listClients({ workspaceId, query: clientListQuerySchema.parse({}) }),
    );
    const dashboardQueriesPage40 = await countQueries(() =>
      listClients({ workspaceId, query: clientListQuerySchema.parse({ sort: "score", dir: "desc", page: 40 }) }),
    );
    const clientQueries = await countQueries(async () => {
      await getClient({ workspaceId, clientId });
      await listClientScans({ workspaceId, clientId });
    });
    const roundQueries = await countQueries(() => getRoundByResultsToken(round.resultsToken));

    // A real session: better-auth's own sign-in, its signed cookie sent with every page request.
    const signIn = await auth.api.signInEmail({
      body: { email: consultant.email, password: seed.BENCH_PASSWORD },
      asResponse: true,
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!cookie.includes("session_token")) throw new Error(`sign-in gave no session cookie (HTTP ${signIn.status})`);

    log(`starting next start on ${base}…`);
    const started_ = await startServer(env, port);
    server = started_.child;
    const serverPid = server.pid ?? 0;
    let rssMb = treeRssMb(serverPid);
    const sampler = setInterval(() => {
      rssMb = Math.max(rssMb, treeRssMb(serverPid));
    }, 250);

    try {
      // ------------------------------------------------------------------ JavaScript per page
      log("measuring JavaScript per page…");
      const pagePaths: Array<[string, string, string]> = [
        ["bare", "/bench-bare", "/bench-bare"],
        ["landing", "/", "/"],
        ["start", "/scan/new", "/scan/new"],
        ["questionnaire", `/scan/${selfScans.openToken}/1`, "/scan/[token]/1"],
        ["review", `/scan/${selfScans.openToken}/review`, "/scan/[token]/review"],
        ["results", `/results/${selfScans.shareToken}`, "/results/[token] (self-scan)"],
        ["round results", `/results/${round.resultsToken}`, "/results/[token] (round)"],
        ["dashboard", "/dashboard", "/dashboard"],
        ["client", `/clients/${clientId}`, "/clients/[clientId]"],
        ["compare", `/clients/${clientId}/compare`, "/clients/[clientId]/compare"],
      ];
      const measured: Array<{ name: string; path: string; chunks: number; gzipBytes: number }> = [];
      for (const [name, path, label] of pagePaths)
        measured.push({ name, path: label, ...(await measurePage(base, path, cookie)) });
      const bare = measured[0]?.gzipBytes ?? 0;
      const pages: PageFigure[] = measured.map((m) => ({ ...m, ratio: ratio(m.gzipBytes, bare) }));

      // ------------------------------------------------------------------ server time
      log("timing the dashboard, client page and round results…");
      const dashboard: TimingFigure & { queriesPage40: number; clients: number; scansPerClient: number } = {
        path: "/dashboard",
        ...(await timePage(base, "/dashboard", cookie)),
        queries: dashboardQueries,
        queriesPage40: dashboardQueriesPage40,
        clients: CLIENTS,
        scansPerClient: SCANS_PER_CLIENT,
      };
      const client: TimingFigure = {
        path: "/clients/[clientId]",
        ...(await timePage(base, `/clients/${clientId}`, cookie)),
        queries: clientQueries,
      };
      const roundFigure: TimingFigure & { responses: number } = {
        path: "/results/[token] (round)",
        ...(await timePage(base, `/results/${round.resultsToken}`, "")),
        queries: roundQueries,
        responses: ROUND_RESPONSES,
      };

      // ------------------------------------------------------------------ autosave
      const actionId = saveAnswerActionId();
      // One real save through HTTP, read back from the database: the request format is the real one.
      const probe = saveRequest(target, 0, false);
      const probeResponse = await fetch(`${base}${probe.path}`, {
        method: "POST",
        headers: actionHeaders(base, actionId),
        body: probe.body,
      });
      const probeText = await probeResponse.text();
      const stored = await db.answer.findFirst({
        where: { response: { resumeToken: target.resumeTokens[0] ?? "" }, itemId: target.itemIds[0] ?? "" },
        select: { value: true },
      });
      if (!probeResponse.ok || !probeText.includes('"ok":true') || stored?.value !== target.values[0]) {
        throw new Error(
          `the probe save did not store its answer (HTTP ${probeResponse.status}): ${probeText.slice(0, 300)}`,
        );
      }
      const refusedProbe = saveRequest(target, 0, true);
      const refusedText = await (
        await fetch(`${base}${refusedProbe.path}`, {
          method: "POST",
          headers: actionHeaders(base, actionId),
          body: refusedProbe.body,
        })
      ).text();
      if (!refusedText.includes("errors.invalidAnswer"))
        throw new Error(`the floor request was not refused: ${refusedText.slice(0, 300)}`);

      log("warming up autosave…");
      await loadRun({ base, actionId, target, connections: 10, seconds: 2, refused: true });
      await loadRun({ base, actionId, target, connections: 10, seconds: 2, refused: false });
      const answersBefore = await db.answer.count();
      const autosave: AutosaveFigure[] = [];
      for (const connections of CONNECTIONS) {
        if (interruptedSignal()) return 130;
        log(`autosave at ${connections} connections: floor and saves in alternating slices (${SECONDS} s each)…`);
        const { save, floor } = await compareLoad({ base, actionId, target, connections, seconds: SECONDS, slices: 4 });
        autosave.push({
          connections,
          rps: save.rps,
          floorRps: floor.rps,
          ratio: ratio(save.rps, floor.rps),
          p50: save.p50,
          p95: save.p95,
          p99: save.p99,
          floorP50: floor.p50,
          floorP95: floor.p95,
          floorP99: floor.p99,
          p95Ratio: ratio(save.p95, floor.p95),
          errors: save.errors + floor.errors,
        });
      }
      const answersWritten = (await db.answer.count()) - answersBefore;
      clearInterval(sampler);
      rssMb = Math.max(rssMb, treeRssMb(serverPid));

      const { cpus, totalmem } = await import("node:os");
      const report = {
        at: new Date().toISOString(),
        database: database.kind,
        machine: {
          cpus: cpus().length,
          memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
          node: process.version,
        },
        seconds: SECONDS,
        pages,
        autosave,
        autosaveResponses: AUTOSAVE_RESPONSES,
        answersWritten,
        dashboard,
        client,
        round: roundFigure,
        rssMb,
        durationS: Math.round((Date.now() - started) / 1000),
      };
      printReport(report);
      mkdirSync(join(repoRoot, ".test-output"), { recursive: true });
      writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nWritten to ${OUTPUT.slice(repoRoot.length + 1)}.`);
      if (JSON_FLAG) console.log(JSON.stringify(report));
      return 0;
    } finally {
      clearInterval(sampler);
      await stopServer(server);
      await db.$disconnect();
    }
  } finally {
    if (server) await stopServer(server);
    await database.remove();
  }
}

function printReport(report: {
  database: string;
  machine: { cpus: number; memoryGb: number; node: string };
  pages: PageFigure[];
  autosave: AutosaveFigure[];
  dashboard: TimingFigure;
  client: TimingFigure;
  round: TimingFigure;
  rssMb: number;
  answersWritten: number;
}): void {
  const kb = (bytes: number) => Math.round(bytes / 100) / 10;
  const goals: Record<string, string> = {
    start: "≤ 1.25×",
    questionnaire: "≤ 1.25×",
    results: "≤ 295 kB",
    "round results": "≤ 295 kB",
  };
  console.log(
    `\nKlantkompas benchmark — ${report.database}, ${report.machine.cpus} CPUs, ${report.machine.memoryGb} GB, Node ${report.machine.node}\n`,
  );
  console.log("JavaScript per page (gzipped, as the browser loads it), against the bare page of the same build");
  console.log(
    formatTable(
      ["page", "path", "chunks", "kB gz", "× bare", "goal"],
      report.pages.map((p) => [p.name, p.path, p.chunks, kb(p.gzipBytes), p.ratio, goals[p.name] ?? ""]),
    ),
  );
  console.log("\nAutosave (saveAnswerAction) against the same action refused at validation (the floor); ms");
  console.log(
    formatTable(
      [
        "connections",
        "req/s",
        "floor req/s",
        "× floor",
        "p50",
        "p95",
        "p99",
        "floor p50",
        "floor p95",
        "floor p99",
        "p95 × floor",
        "errors",
      ],
      report.autosave.map((a) => [
        a.connections,
        a.rps,
        a.floorRps,
        a.ratio,
        a.p50,
        a.p95,
        a.p99,
        a.floorP50,
        a.floorP95,
        a.floorP99,
        a.p95Ratio,
        a.errors,
      ]),
    ),
  );
  console.log(`(goal: ≥ 0.7× the floor's req/s, p95 ≤ 2× the floor's; ${report.answersWritten} answers written)`);
  console.log("\nServer time (one request at a time, signed in) and queries of the page's data functions");
  console.log(
    formatTable(
      ["page", "p50 ms", "p95 ms", "queries"],
      [report.dashboard, report.client, report.round].map((f) => [f.path, f.p50Ms, f.p95Ms, f.queries]),
    ),
  );
  console.log(`(goal: dashboard and client page p95 < 150 ms, a constant number of queries)`);
  console.log(`\nPeak server memory (RSS of next start and its children): ${report.rssMb} MB`);
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
