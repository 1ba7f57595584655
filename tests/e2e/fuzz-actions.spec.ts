import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import fc from "fast-check";
import { createClient, newAccount, signUp } from "./support/consultant-helpers";
import { BROWSER_LOCALE, startScan } from "./support/scan-helpers";
import { testDatabase } from "./support/test-database";

// Property-based fuzzing of every server action and of the export route, through their real entry
// point: HTTP requests to the production server, exactly as a browser (or an attacker) sends them, with
// Next.js decoding the body and proxy.ts in front. Calling the action functions in vitest would skip the
// decoding that produced the 500s (and headers()/redirect() need a real request anyway). Properties:
// arbitrary input never gets a 5xx, never shows a stack trace, and writes nothing to the scan, the
// workspace and the account it aimed at. (Bodies are random, so they are invalid.)

test.use({ locale: BROWSER_LOCALE.nl });
test.describe.configure({ timeout: 240_000 });

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

function allActions(): Array<{ id: string; name: string }> {
  const file = fileURLToPath(new URL("../../.next/server/server-reference-manifest.json", import.meta.url));
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}` }));
}

/** A fingerprint of what the fuzzed requests could touch: this scan, this workspace, this account. */
async function fingerprint(options: { token: string; workspaceId?: string; email: string }): Promise<string> {
  const database = testDatabase();
  const one = async (sql: string, ...params: string[]) => JSON.stringify(await database.all(sql, params));
  return (
    await Promise.all([
      one(
        'SELECT r.status, r."updatedAt", s."clientId", (SELECT COUNT(*) FROM "Answer" a WHERE a."responseId" = r.id) AS answers FROM "Response" r JOIN "Scan" s ON s.id = r."scanId" WHERE r."resumeToken" = ?',
        options.token,
      ),
      one(
        'SELECT COUNT(*) AS n, MAX("updatedAt") AS at FROM "Client" WHERE "workspaceId" = (SELECT m."workspaceId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = ?)',
        options.email,
      ),
      one(
        'SELECT COUNT(*) AS n FROM "Scan" s JOIN "Client" c ON c.id = s."clientId" WHERE c."workspaceId" = (SELECT m."workspaceId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = ?)',
        options.email,
      ),
      one('SELECT "updatedAt", name FROM "User" WHERE email = ?', options.email),
    ])
  ).join("\n");
}

async function expectNoServerError(response: APIResponse, label: string): Promise<void> {
  expect(response.status(), label).toBeLessThan(500);
  const text = await response.text();
  expect(text, label).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
}

// Strings an attacker would try, mixed with arbitrary ones.
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "$K1", "$@1", "$1", "$$x", "$undefined", "null", "[]", "{}", "💥", "\u0000", "9".repeat(30)),
);
const fieldName = fc.oneof(
  fc.constantFrom(
    "0",
    "1",
    "_1_name",
    "_1_email",
    "_1_password",
    "_1_token",
    "_1_clientId",
    "_1_submitKey",
    "_1_locale",
    "_1_$ACTION_KEY",
  ),
  fc.constantFrom("name", "token", "goto", "answer.x", "$ACTION_ID_x", "$ACTION_REF_1", "$ACTION_1:0"),
  fc.string({ maxLength: 12 }),
);
const jsonArgs = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), nasty), { maxLength: 4 });

type Body =
  | { kind: "text"; data: string }
  | { kind: "multipart"; fields: Array<[string, string]> }
  | { kind: "urlencoded"; data: string };

const body: fc.Arbitrary<Body> = fc.oneof(
  fc
    .oneof(
      nasty,
      jsonArgs.map((args) => JSON.stringify(args)),
    )
    .map((data) => ({ kind: "text" as const, data })),
  fc
    .tuple(
      fc.option(jsonArgs.map((args) => JSON.stringify(args))),
      fc.array(fc.tuple(fieldName, nasty), { maxLength: 6 }),
    )
    .map(([root, fields]) => ({
      kind: "multipart" as const,
      fields: root === null ? fields : ([["0", root], ...fields] as Array<[string, string]>),
    })),
  fc.string({ maxLength: 60 }).map((data) => ({ kind: "urlencoded" as const, data })),
);

async function send(request: APIRequestContext, path: string, actionId: string | null, sent: Body) {
  const headers: Record<string, string> = actionId ? { "next-action": actionId } : {};
  if (sent.kind === "text")
    return request.post(path, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: sent.data,
      maxRedirects: 0,
    });
  if (sent.kind === "urlencoded")
    return request.post(path, {
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      data: sent.data,
      maxRedirects: 0,
    });
  // Playwright builds the multipart body; repeated names are kept by folding them into one FormData.
  const form = new FormData();
  for (const [name, value] of sent.fields) form.append(name, value);
  return request.post(path, { headers, multipart: form, maxRedirects: 0 });
}

test("arbitrary bodies to every server action, signed in and out, never give a 5xx and change nothing", async ({
  page,
}) => {
  const account = await signUp(page, "nl", newAccount("fuzz"));
  const clientId = await createClient(page, "nl", { name: `Fuzz ${Date.now()}`, sector: "retail", sizeBand: "10-49" });
  const { token } = await startScan(page, "nl", "quick");
  const signedIn = page.request;
  const signedOut = await (
    await page
      .context()
      .browser()
      ?.newContext({ baseURL: new URL(page.url()).origin })
  )?.request;
  if (!signedOut) throw new Error("no second context");
  const paths = ["/", `/scan/${token}/1`, `/clients/${clientId}`, "/sign-in"];
  const before = await fingerprint({ token, email: account.email });

  for (const action of allActions()) {
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom(...paths),
        fc.boolean(),
        fc.boolean(),
        async (sent, path, withId, asUser) => {
          // Signing out (here or everywhere) takes no input, and a valid name renames the account: any such body
          // does that, as it should, so these are fuzzed signed out only.
          const acting = ["#signOutAction", "#signOutEverywhereAction", "#updateNameAction"];
          const asSignedIn = asUser && !acting.some((name) => action.name.endsWith(name));
          const response = await send(asSignedIn ? signedIn : signedOut, path, withId ? action.id : null, sent);
          await expectNoServerError(response, `${action.name} ${path} ${JSON.stringify(sent).slice(0, 200)}`);
        },
      ),
      { numRuns: 25 },
    );
  }
  expect(await fingerprint({ token, email: account.email })).toBe(before);
  // Still signed in, and the scan still works: nothing above broke the session or the scan.
  expect((await signedIn.get("/dashboard", { maxRedirects: 0 })).status()).toBe(200);
  expect((await signedIn.get(`/scan/${token}/1`)).status()).toBe(200);
});

test("arbitrary export requests never give a 5xx", async ({ page }) => {
  await signUp(page, "nl", newAccount("fuzz-export"));
  const clientId = await createClient(page, "nl", {
    name: `Fuzz export ${Date.now()}`,
    sector: "retail",
    sizeBand: "10-49",
  });
  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("assessments", "answers", "csv", "json", "nl", "en", ""),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constant(clientId), fc.string({ minLength: 1, maxLength: 40 })),
      fc.dictionary(fc.constantFrom("kind", "format", "locale", "x", "kind[]"), value, { maxKeys: 4 }),
      async (id, query) => {
        const search = new URLSearchParams(query).toString();
        const response = await page.request.get(`/api/clients/${encodeURIComponent(id)}/export?${search}`, {
          maxRedirects: 0,
        });
        await expectNoServerError(response, `${id} ${search}`);
        expect([200, 400, 404, 308]).toContain(response.status());
      },
    ),
    { numRuns: 150 },
  );
});
