import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, type APIResponse, expect, type Page, test } from "@playwright/test";
import { findFreePort } from "@/scripts/lib/free-port";
import { appServerMailEnv } from "@/tests/e2e/support/app-server-env";
import { expectNoSeriousA11yViolations } from "@/tests/e2e/support/axe";
import {
  createClient,
  msg,
  newAccount,
  newContext,
  signUp,
  submitSignIn,
} from "@/tests/e2e/support/consultant-helpers";
import {
  answerAllDomains,
  BROWSER_LOCALE,
  readQuestionnaire,
  seventyFivePattern,
  startScan,
  submitReview,
} from "@/tests/e2e/support/scan-helpers";
import { testDatabase } from "@/tests/e2e/support/test-database";

// The security findings of issue 8, tried against the production server as an attacker would: with
// plain HTTP requests (forged headers, tampered action bodies) and in the browser (the CSP must not break
// any page). Each test failed before the fix.

test.use({ locale: BROWSER_LOCALE.nl });
test.describe.configure({ timeout: 90_000 });

// --- helpers -------------------------------------------------------------------------------------------

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next.js gave a server action in this build (what a browser sends as Next-Action). */
function actionId(filename: string, exportedName: string): string {
  const file = fileURLToPath(new URL("../../.next/server/server-reference-manifest.json", import.meta.url));
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

/** Reads the server's database (SQLite or PostgreSQL). */
async function query<T>(sql: string, ...params: Array<string | number>): Promise<T[]> {
  return (await testDatabase().all(sql, params)) as T[];
}

const answersOf = async (token: string) =>
  (
    await query<{ n: number | string }>(
      'SELECT COUNT(*) AS n FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."resumeToken" = ?',
      token,
    )
  ).map((row) => Number(row.n))[0] ?? 0;

async function newScanToken(page: Page): Promise<string> {
  const { token } = await startScan(page, "nl", "quick");
  return token;
}

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

function expectSecurityHeaders(response: APIResponse, label: string, options: { csp: boolean }): string | null {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${label}: ${name}`).toBe(value);
  expect(headers["permissions-policy"], `${label}: permissions-policy`).toContain("camera=()");
  // Plain http here: no HSTS, even when a client claims https.
  expect(headers["strict-transport-security"], `${label}: no HSTS over http`).toBeUndefined();
  if (!options.csp) return null;
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
  const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  expect(script, `${label}: script-src`).not.toContain("unsafe-inline");
  expect(script, `${label}: script-src`).not.toContain("unsafe-eval");
  const nonce = /'nonce-([^']+)'/.exec(script)?.[1] ?? null;
  expect(nonce, `${label}: nonce`).not.toBeNull();
  return nonce;
}

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { maxRedirects: 0, headers: { "x-forwarded-proto": "https", ...headers } });

// --- 5. security headers -------------------------------------------------------------------------------

test("every kind of page and route sends the security headers, with a fresh CSP nonce on its scripts", async ({
  page,
  request,
}) => {
  const token = await newScanToken(page);
  const dynamic: Array<[string, number]> = [
    ["/", 200],
    ["/scan/new?type=quick", 200],
    ["/sign-in", 200],
    ["/sign-up", 200],
    ["/dashboard", 307],
    [`/scan/${token}`, 200],
    [`/scan/${token}/1`, 200],
    [`/scan/${token}/review`, 200],
    [`/scan/${token}?lang=en`, 307],
    [`/results/${"x".repeat(32)}`, 404],
    ["/does-not-exist", 404],
    ["/api/clients/none/export?kind=assessments", 401],
  ];
  for (const [path, status] of dynamic) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(status);
    const nonce = expectSecurityHeaders(response, path, { csp: true });
    if (status === 200) {
      // Every script tag carries this response's nonce; none runs without it.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  // A new nonce for every response.
  const [first, second] = [await get(request, "/"), await get(request, "/")];
  expect(expectSecurityHeaders(first, "/", { csp: true })).not.toBe(expectSecurityHeaders(second, "/", { csp: true }));

  // Static files: the build's chunks and the icon.
  const html = await (await get(request, "/")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const path of [chunk ?? "", "/icon.svg"]) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response, path, { csp: false });
  }

  // A server action's answer too.
  const saved = await request.post(`/scan/${token}/1`, {
    headers: {
      "next-action": actionId("app/actions/scan/save-answer.ts", "saveAnswerAction"),
      "content-type": "text/plain",
    },
    data: JSON.stringify([{ token, itemId: "nope", value: 3 }]),
  });
  expect(saved.status()).toBe(200);
  expectSecurityHeaders(saved, "server action", { csp: true });
});

test("the CSP breaks nothing: a whole scan with autosave, the results chart and the language switch", async ({
  page,
}) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __csp?: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const token = await newScanToken(page);
  await page.goto(`/scan/${token}/1`);
  await answerAllDomains(page, "nl", token, readQuestionnaire("quick"), seventyFivePattern);
  await submitReview(page, "nl");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.locator('button[name="locale"][value="en"]').first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  violations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []));
  expect(violations).toEqual([]);
});

// --- 2. forwarding headers -----------------------------------------------------------------------------

test("forged X-Forwarded-Host never reaches the links, nor fools the server-action origin check", async ({
  page,
  request,
  baseURL,
}) => {
  const token = await newScanToken(page);
  const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  const html = await (await get(request, `/scan/${token}`, forged)).text();
  expect(html).not.toContain("evil.example");
  expect(html).toContain(`${baseURL}/scan/${token}`);
  // The invite link's language redirect neither.
  const redirect = await get(request, `/scan/${token}?lang=en`, forged);
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location ?? "").not.toContain("evil.example");

  const save = (headers: Record<string, string>) =>
    request.post(`/scan/${token}/1`, {
      headers: {
        "next-action": actionId("app/actions/scan/save-answer.ts", "saveAnswerAction"),
        "content-type": "text/plain;charset=UTF-8",
        ...headers,
      },
      data: JSON.stringify([{ token, itemId: readQuestionnaire("quick").items[0]?.id, value: 4 }]),
    });
  const before = await answersOf(token);
  const crossSite = await save({ ...forged, origin: "http://evil.example" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).not.toMatch(/\n\s+at /);
  expect(await answersOf(token)).toBe(before);
  // The same request from the site itself is saved (so the refusal above was the origin's doing).
  const sameSite = await save({ origin: baseURL ?? "" });
  expect(sameSite.status()).toBe(200);
  expect(await answersOf(token)).toBe(before + 1);
});

test("the per-IP count keys on the connection, not on a forged X-Forwarded-For", async ({ page }) => {
  const spoofed = `198.51.100.${Math.floor(Math.random() * 254) + 1}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": spoofed, "x-real-ip": spoofed });
  await page.goto("/sign-in");
  const email = `niemand-${Date.now()}@example.nl`;
  const ipRowsBefore = await query<{ failures: number; windowStart: unknown }>(
    'SELECT failures, "windowStart" FROM "SignInThrottle" WHERE key = ?',
    "ip:127.0.0.1",
  );
  await submitSignIn(page, "nl", email, "een verkeerd wachtwoord");
  await expect(page.getByRole("main").getByRole("status")).toHaveText(msg("nl", "auth.errors.invalidCredentials"));
  const rows = await query<{ key: string; failures: number; windowStart: unknown }>(
    'SELECT key, failures, "windowStart" FROM "SignInThrottle"',
  );
  expect(rows.filter((row) => row.key.includes(spoofed))).toEqual([]);
  const ipRow = rows.find((row) => row.key === "ip:127.0.0.1");
  // Other workers sign in wrongly from 127.0.0.1 too, and the fixed window may restart in between: the count
  // went up within the same window, or a new window began that holds at least this attempt.
  const before = ipRowsBefore[0];
  if (before && String(before.windowStart) === String(ipRow?.windowStart)) {
    expect(ipRow?.failures).toBeGreaterThan(before.failures);
  } else {
    expect(ipRow?.failures).toBeGreaterThanOrEqual(1);
  }
});

// --- 6. bad bodies -------------------------------------------------------------------------------------

test("tampered server-action bodies answer 400 or 413 without a stack trace, never 500", async ({ page, request }) => {
  const token = await newScanToken(page);
  const save = actionId("app/actions/scan/save-answer.ts", "saveAnswerAction");
  const step = actionId("app/actions/scan/save-step.ts", "saveStepAction");
  const path = `/scan/${token}/1`;
  const cases: Array<{ label: string; headers: Record<string, string>; data: string | Buffer; status: number }> = [
    {
      label: '"hello" to the save action',
      headers: { "next-action": save, "content-type": "text/plain" },
      data: "hello",
      status: 400,
    },
    {
      label: "an object, not an argument list",
      headers: { "next-action": save, "content-type": "text/plain" },
      data: '{"token":1}',
      status: 400,
    },
    {
      label: "a forged reference",
      headers: { "next-action": save, "content-type": "text/plain" },
      data: '["$@7"]',
      status: 400,
    },
    {
      label: "JSON content type",
      headers: { "next-action": save, "content-type": "application/json" },
      data: "[]",
      status: 400,
    },
    {
      label: "multipart without boundary",
      headers: { "next-action": step, "content-type": "multipart/form-data" },
      data: "x",
      status: 400,
    },
    {
      label: "garbage multipart",
      headers: { "next-action": step, "content-type": "multipart/form-data; boundary=zz" },
      data: "--zz\r\nnonsense",
      status: 400,
    },
    {
      label: "garbage multipart without JavaScript",
      headers: { "content-type": "multipart/form-data; boundary=zz" },
      data: "--zz\r\nContent-Disposition: form-data\r\n\r\n",
      status: 400,
    },
    {
      label: "over the body limit",
      headers: { "next-action": save, "content-type": "text/plain" },
      data: JSON.stringify(["x".repeat(300 * 1024)]),
      status: 413,
    },
    {
      label: "over the limit, multipart",
      headers: { "next-action": step, "content-type": "multipart/form-data; boundary=zz" },
      data: `--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[${"1,".repeat(120_000)}1]\r\n--zz--\r\n`,
      status: 413,
    },
  ];
  const before = await answersOf(token);
  for (const { label, headers, data, status } of cases) {
    const response = await request.post(path, { headers, data });
    expect(response.status(), label).toBe(status);
    const body = await response.text();
    expect(body, label).not.toMatch(/\n\s+at |Error:/);
  }
  expect(await answersOf(token)).toBe(before);
});

// --- auth secret --------------------------------------------------------------------------------------

/** Starts the production server with this environment and returns how it ended within 60 s. */
async function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  // A port the OS says is free: a random one once collided with a port in use (EADDRINUSE, not the message).
  const port = String(await findFreePort());
  return new Promise((resolve) => {
    const child = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("a short auth secret, or none with a shared database, stops the server at start-up with a clear message", async () => {
  const short = await startServer({ BETTER_AUTH_SECRET: "te-kort" });
  expect(short.code).toBe(1);
  expect(short.output).toContain("BETTER_AUTH_SECRET: must be at least 32 characters long");
  const shared = await startServer({ DATABASE_URL: "postgresql://kompas@127.0.0.1:1/kompas", BETTER_AUTH_SECRET: "" });
  expect(shared.code).toBe(1);
  expect(shared.output).toContain("BETTER_AUTH_SECRET: is required when DATABASE_URL is not a local SQLite file");
});

// --- capability tokens and aborted requests in the server's log (issue 15) -------------------------------

/** A production server of its own (the shared one's log is not readable here), with its stdout and stderr. */
async function runServer(): Promise<{ origin: string; output: () => string; stop: () => Promise<void> }> {
  const port = String(await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      PORT: port,
      NEXT_TELEMETRY_DISABLED: "1",
      ...appServerMailEnv(process.env.E2E_BASE_URL ?? ""),
    },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  for (let tries = 0; tries < 240; tries++) {
    try {
      if ((await fetch(`${origin}/sign-in`)).ok) return { origin, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server at ${origin} did not start:\n${output}`);
}

/** Sends raw bytes over one connection and resolves when the server closes it (or after a second). */
function rawRequest(origin: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    const done = () => resolve(answer);
    socket.on("close", done);
    socket.on("error", done);
    setTimeout(() => {
      socket.destroy();
      done();
    }, 1_000);
  });
}

test("a body over the limit to a capability path logs the warning without the token", async () => {
  const server = await runServer();
  try {
    const token = `${"Zq9".repeat(10)}x_`;
    for (const path of [`/scan/${token}`, `/rounds/${token}`, `/join/${token}`, `/results/${token}`]) {
      const response = await fetch(`${server.origin}${path}`, {
        method: "POST",
        headers: { "content-type": "text/plain", origin: server.origin },
        body: "x".repeat(300_000),
      });
      expect(response.status, path).toBeLessThan(500);
    }
    await expect.poll(() => server.output(), { timeout: 10_000 }).toContain("Request body exceeded");
    expect(server.output()).toContain("/scan/[token]");
    expect(server.output()).not.toContain(token);
  } finally {
    await server.stop();
  }
});

test("a Content-Length shorter than the body logs one warning line, no uncaughtException, and the server stays up", async () => {
  const server = await runServer();
  try {
    const token = `${"Ab1".repeat(10)}-_`;
    const body = `${"x".repeat(64)}GARBAGE / HTTP/1.1\r\n\r\n`;
    for (const path of [`/scan/${token}`, "/"]) {
      await rawRequest(
        server.origin,
        `POST ${path} HTTP/1.1\r\nHost: ${new URL(server.origin).host}\r\nOrigin: ${server.origin}\r\n` +
          `Content-Type: text/plain\r\nNext-Action: 0123456789abcdef\r\nContent-Length: 5\r\n\r\n${body}`,
      );
    }
    expect((await fetch(`${server.origin}/sign-in`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    const output = server.output();
    expect(output).not.toContain("uncaughtException");
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain(token);
  } finally {
    await server.stop();
  }
});

// --- a results link never files a scan (issue 15, finding 1) ------------------------------------------------

test("a stranger who pastes a self-scan's results link is refused; the respondent's consultant files it with the private link", async ({
  page,
  browser,
}, testInfo) => {
  // The manager does a self-scan on their own and shares the results link around.
  const { token: resumeToken } = await startScan(page, "nl", "quick");
  await page.goto(`/scan/${resumeToken}/1`);
  await answerAllDomains(page, "nl", resumeToken, readQuestionnaire("quick"), seventyFivePattern);
  const shareToken = await submitReview(page, "nl");
  const origin = new URL(page.url()).origin;
  const resultsLink = `${origin}/results/${shareToken}`;
  const scanLink = `${origin}/scan/${resumeToken}`;
  const clientIdOf = async (token: string) =>
    (await query<{ clientId: string | null }>('SELECT "clientId" FROM "Scan" WHERE "resultsToken" = ?', token))[0]
      ?.clientId ?? null;

  const attach = async (who: Page, link: string) => {
    const field = who.getByLabel(msg("nl", "clients.attach.link"));
    await field.fill(link);
    await who.getByRole("button", { name: msg("nl", "clients.attach.submit") }).click();
  };

  // A stranger with a free account.
  const strangerContext = await newContext(browser, "nl", testInfo);
  const stranger = await strangerContext.newPage();
  await signUp(stranger, "nl", newAccount("stranger"));
  await createClient(stranger, "nl", { name: `Overname ${Date.now()}`, sector: "retail", sizeBand: "10-49" });
  await attach(stranger, resultsLink);
  await expect(stranger.getByText(msg("nl", "clients.errors.resultsLink"))).toBeVisible();
  expect(await clientIdOf(shareToken)).toBeNull();
  await expect(stranger.getByText(msg("nl", "clients.attach.added"))).toHaveCount(0);

  // The manager's own consultant, with the private link the manager hands over.
  const consultantContext = await newContext(browser, "nl", testInfo);
  const consultant = await consultantContext.newPage();
  await signUp(consultant, "nl", newAccount("own-consultant"));
  const clientId = await createClient(consultant, "nl", {
    name: `Eigen klant ${Date.now()}`,
    sector: "retail",
    sizeBand: "10-49",
  });
  await attach(consultant, scanLink);
  await expect(consultant.getByText(msg("nl", "clients.attach.added"))).toBeVisible();
  expect(await clientIdOf(shareToken)).toBe(clientId);

  // And the stranger still cannot take it, now with the results link nor by trying again.
  await attach(stranger, resultsLink);
  await expect(stranger.getByText(msg("nl", "clients.errors.resultsLink"))).toBeVisible();
  expect(await clientIdOf(shareToken)).toBe(clientId);

  // The respondent's private link now says who holds the scan, and takes it back when asked to.
  await page.goto(scanLink);
  await expect(page).toHaveURL(`${scanLink}/filing`);
  await expect(page.getByRole("heading", { level: 1, name: msg("nl", "clients.filing.title") })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: msg("nl", "clients.filing.withdraw") }).click();
  await expect(page.getByText(msg("nl", "clients.filing.withdrawn"))).toBeVisible();
  expect(await clientIdOf(shareToken)).toBeNull();
  // The results link still shows the results, and offers none of this.
  await page.goto(resultsLink);
  await expect(page.getByRole("button", { name: msg("nl", "clients.filing.withdraw") })).toHaveCount(0);
  expect((await page.request.get(`/scan/${shareToken}/filing`)).status()).toBe(404);
  await Promise.all([strangerContext.close(), consultantContext.close()]);
});
