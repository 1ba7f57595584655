import { beforeAll, describe, expect, it } from "vitest";
import { clientFormSchema, clientListQuerySchema } from "@/lib/schemas/client";
import { startRoundSchema } from "@/lib/schemas/round";
import { attachScan, listClientScans, startClientScan } from "@/lib/server/clients/client-scans";
import { listClients } from "@/lib/server/clients/list-clients";
import { createClient, getClient, setClientArchived, updateClient } from "@/lib/server/clients/manage-clients";
import { getScanFiling, withdrawScan } from "@/lib/server/clients/scan-filing";
import { db } from "@/lib/server/db/db";
import { createRound } from "@/lib/server/rounds/create-round";
import { createScan } from "@/lib/server/scans/create-scan";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createOwnAction } from "@/lib/server/targets/create-action";
import { buildStartInput } from "@/tests/factories/scan-input";
import { loadSelfScan } from "@/tests/factories/self-scan";
import {
  answersWithDomainScores,
  buildClientInput,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// Workspace A owns a client with a submitted and an open scan; every data function is called as a
// consultant of workspace B with A's ids and tokens. B must see nothing and change nothing: reads come
// back empty, writes answer "not found", and A's rows (clients, scans, responses, answers, both kinds of
// domain scores, including updatedAt) are byte-for-byte what they were.

const quick = questionnaireOfKind("quick");
const allQuery = clientListQuerySchema.parse({});

let workspaceA: string;
let workspaceB: string;
let clientA: string;
let clientB: string;
let submittedA: { id: string; shareToken: string; resumeToken: string };
let openA: { id: string; shareToken: string; resumeToken: string };

/** Everything workspace A owns, deep enough that any change by B shows up. */
const snapshot = (workspaceId: string) =>
  db.client.findMany({
    where: { workspaceId },
    orderBy: { id: "asc" },
    include: {
      scans: {
        orderBy: { id: "asc" },
        include: {
          domainScores: { orderBy: { domainId: "asc" } },
          responses: {
            orderBy: { id: "asc" },
            include: { answers: { orderBy: { itemId: "asc" } }, domainScores: { orderBy: { domainId: "asc" } } },
          },
        },
      },
    },
  });

/** An anonymous self-scan, submitted, not filed under any client. */
async function anonymousScan() {
  const created = await createScan({ input: buildStartInput() });
  if (!created.ok) throw new Error("could not start");
  await saveAnswers({ resumeToken: created.resumeToken, answers: answersWithDomainScores(quick, {}, 75) });
  await submitResponse({ resumeToken: created.resumeToken });
  return loadSelfScan({ resumeToken: created.resumeToken });
}

beforeAll(async () => {
  [{ workspaceId: workspaceA }, { workspaceId: workspaceB }] = await Promise.all([
    createWorkspaceWithConsultant({ name: "Adviseur A" }),
    createWorkspaceWithConsultant({ name: "Adviseur B" }),
  ]);
  clientA = await createTestClient(workspaceA, { name: "Geheime Klant Alfa", notes: "Alleen voor A" });
  clientB = await createTestClient(workspaceB, { name: "Klant van B" });
  submittedA = await submitTestClientScan(workspaceA, clientA);
  openA = await startTestClientScan(workspaceA, clientA);
  await saveAnswers({ resumeToken: openA.resumeToken, answers: answersWithDomainScores(quick, {}, 25) });
});

describe("a consultant of another workspace cannot read", () => {
  it("getClient answers null, as for a client that does not exist", async () => {
    expect(await getClient({ workspaceId: workspaceA, clientId: clientA })).toMatchObject({ id: clientA });
    expect(await getClient({ workspaceId: workspaceB, clientId: clientA })).toBeNull();
    expect(await getClient({ workspaceId: workspaceB, clientId: "doesnotexist" })).toBeNull();
  });

  it("listClients shows only the own workspace's clients, also when searching, filtering or archived", async () => {
    const own = await listClients({ workspaceId: workspaceB, query: allQuery });
    expect(own.rows.map((r) => r.id)).toEqual([clientB]);
    expect(own.total).toBe(1);
    for (const query of [
      { q: "Geheime Klant Alfa" },
      { sector: "retail", level: "developing" },
      { archived: "1" },
      { sort: "score", dir: "desc" },
    ]) {
      const listed = await listClients({ workspaceId: workspaceB, query: clientListQuerySchema.parse(query) });
      expect(listed.rows.map((r) => r.id)).not.toContain(clientA);
    }
    const searched = await listClients({
      workspaceId: workspaceB,
      query: clientListQuerySchema.parse({ q: "Geheime Klant Alfa" }),
    });
    expect(searched).toMatchObject({ rows: [], total: 0, pageCount: 1 });
    // The same search in A finds it, so the empty answer above is the workspace filter at work.
    const inA = await listClients({ workspaceId: workspaceA, query: clientListQuerySchema.parse({ q: "Geheime" }) });
    expect(inA.rows.map((r) => r.id)).toEqual([clientA]);
  });

  it("listClientScans answers an empty list", async () => {
    expect(await listClientScans({ workspaceId: workspaceA, clientId: clientA })).toHaveLength(2);
    expect(await listClientScans({ workspaceId: workspaceB, clientId: clientA })).toEqual([]);
  });
});

describe("a consultant of another workspace cannot change", () => {
  it("updateClient answers false and leaves the client as it was", async () => {
    const before = await snapshot(workspaceA);
    const input = buildClientInput({ name: "Overgenomen", sector: "public", notes: "B was hier" });
    expect(await updateClient({ workspaceId: workspaceB, clientId: clientA, input })).toBe(false);
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it.each([true, false])("setClientArchived(%s) answers false and leaves the client as it was", async (archived) => {
    const before = await snapshot(workspaceA);
    expect(await setClientArchived({ workspaceId: workspaceB, clientId: clientA, archived })).toBe(false);
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it("setClientArchived cannot unarchive another workspace's archived client either", async () => {
    const archivedA = await createTestClient(workspaceA);
    await setClientArchived({ workspaceId: workspaceA, clientId: archivedA, archived: true });
    const before = await snapshot(workspaceA);
    expect(await setClientArchived({ workspaceId: workspaceB, clientId: archivedA, archived: false })).toBe(false);
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it("startClientScan answers not found and creates no scan", async () => {
    const before = await snapshot(workspaceA);
    const count = { scans: await db.scan.count(), responses: await db.response.count() };
    const started = await startClientScan({
      workspaceId: workspaceB,
      input: { clientId: clientA, kind: "quick", locale: "nl", respondentRole: "manager" },
    });
    expect(started).toEqual({ ok: false, error: "not-found" });
    expect({ scans: await db.scan.count(), responses: await db.response.count() }).toEqual(count);
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it("attachScan cannot file a scan under another workspace's client", async () => {
    const loose = await anonymousScan();
    const before = await snapshot(workspaceA);
    for (const token of [loose.shareToken, loose.resumeToken]) {
      expect(await attachScan({ workspaceId: workspaceB, clientId: clientA, token })).toEqual({
        ok: false,
        error: "not-found",
      });
    }
    expect(await snapshot(workspaceA)).toEqual(before);
    expect((await db.scan.findUniqueOrThrow({ where: { id: loose.id } })).clientId).toBeNull();
  });

  it("attachScan cannot take another workspace's scan, by its results or its invite link", async () => {
    const beforeA = await snapshot(workspaceA);
    const beforeB = await snapshot(workspaceB);
    for (const token of [submittedA.resumeToken, openA.resumeToken]) {
      expect(await attachScan({ workspaceId: workspaceB, clientId: clientB, token })).toEqual({
        ok: false,
        error: "other-client",
      });
    }
    expect(await attachScan({ workspaceId: workspaceB, clientId: clientB, token: submittedA.shareToken })).toEqual({
      ok: false,
      error: "results-link",
    });
    expect(await snapshot(workspaceA)).toEqual(beforeA);
    expect(await snapshot(workspaceB)).toEqual(beforeB);
  });

  it("createClient creates in the caller's workspace only, even when the form smuggles a workspaceId", async () => {
    const before = await snapshot(workspaceA);
    // The action parses the form with clientFormSchema, which drops unknown keys.
    const input = clientFormSchema.parse({ ...buildClientInput({ name: "Nieuw bij B" }), workspaceId: workspaceA });
    const { id } = await createClient({ workspaceId: workspaceB, input });
    expect((await db.client.findUniqueOrThrow({ where: { id } })).workspaceId).toBe(workspaceB);
    expect(await snapshot(workspaceA)).toEqual(before);
    expect(await getClient({ workspaceId: workspaceA, clientId: id })).toBeNull();
  });
});

describe("archiving", () => {
  it("is idempotent both ways and keeps the client's scans and summary", async () => {
    const clientId = await createTestClient(workspaceA);
    const scanned = await submitTestClientScan(workspaceA, clientId);
    const history = await listClientScans({ workspaceId: workspaceA, clientId });
    const summary = await db.client.findUniqueOrThrow({ where: { id: clientId } });

    expect(await setClientArchived({ workspaceId: workspaceA, clientId, archived: true })).toBe(true);
    const archived = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    // Archiving again keeps the original moment rather than moving it.
    expect(await setClientArchived({ workspaceId: workspaceA, clientId, archived: true })).toBe(true);
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toEqual(archived);

    expect(await listClientScans({ workspaceId: workspaceA, clientId })).toEqual(history);
    expect(archived).toMatchObject({
      submittedCount: summary.submittedCount,
      latestScanId: scanned.id,
      latestScore: summary.latestScore,
    });
    const inArchive = await listClients({
      workspaceId: workspaceA,
      query: clientListQuerySchema.parse({ archived: "1" }),
    });
    const active = await listClients({ workspaceId: workspaceA, query: allQuery });
    expect(inArchive.rows.map((r) => r.id)).toContain(clientId);
    expect(active.rows.map((r) => r.id)).not.toContain(clientId);

    expect(await setClientArchived({ workspaceId: workspaceA, clientId, archived: false })).toBe(true);
    expect(await setClientArchived({ workspaceId: workspaceA, clientId, archived: false })).toBe(true);
    const restored = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(restored.archivedAt).toBeNull();
    expect(await listClientScans({ workspaceId: workspaceA, clientId })).toEqual(history);
    expect((await listClients({ workspaceId: workspaceA, query: allQuery })).rows.map((r) => r.id)).toContain(clientId);
  });

  it("refuses to start a scan for an archived client and creates nothing", async () => {
    const clientId = await createTestClient(workspaceA);
    await setClientArchived({ workspaceId: workspaceA, clientId, archived: true });
    const count = { scans: await db.scan.count(), responses: await db.response.count() };
    const started = await startClientScan({
      workspaceId: workspaceA,
      input: { clientId, kind: "full", locale: "en", respondentRole: "board" },
    });
    expect(started).toEqual({ ok: false, error: "archived" });
    expect({ scans: await db.scan.count(), responses: await db.response.count() }).toEqual(count);
  });
});

describe("attachScan", () => {
  it("files a scan under exactly one client when two workspaces attach it at the same moment", async () => {
    const [clientOfA, clientOfB] = await Promise.all([createTestClient(workspaceA), createTestClient(workspaceB)]);
    const loose = await anonymousScan();
    const results = await Promise.all([
      attachScan({ workspaceId: workspaceA, clientId: clientOfA, token: loose.resumeToken }),
      attachScan({ workspaceId: workspaceB, clientId: clientOfB, token: loose.resumeToken }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "other-client" }]);
    const owner = (await db.scan.findUniqueOrThrow({ where: { id: loose.id } })).clientId;
    const winner = results[0]?.ok ? clientOfA : clientOfB;
    expect(owner).toBe(winner);
    const clients = await db.client.findMany({ where: { id: { in: [clientOfA, clientOfB] } } });
    for (const client of clients) {
      expect(client.submittedCount).toBe(client.id === winner ? 1 : 0);
      expect(client.latestScanId).toBe(client.id === winner ? loose.id : null);
    }
  });

  it("answers unknown-link for a token no scan has, and changes nothing", async () => {
    const before = await snapshot(workspaceA);
    expect(await attachScan({ workspaceId: workspaceA, clientId: clientA, token: "Z".repeat(32) })).toEqual({
      ok: false,
      error: "unknown-link",
    });
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it("files an anonymous scan under the client and updates its summary", async () => {
    const clientId = await createTestClient(workspaceA);
    const loose = await anonymousScan();
    expect(await attachScan({ workspaceId: workspaceA, clientId, token: loose.resumeToken })).toEqual({
      ok: true,
      alreadyLinked: false,
    });
    expect((await db.scan.findUniqueOrThrow({ where: { id: loose.id } })).clientId).toBe(clientId);
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({
      submittedCount: 1,
      latestScanId: loose.id,
      latestSubmittedAt: loose.submittedAt,
      latestScore: 75,
      latestLevel: "established",
    });
  });

  it("accepts the invite (resume) link of a scan still in progress, which does not count yet", async () => {
    const clientId = await createTestClient(workspaceA);
    const created = await createScan({ input: buildStartInput() });
    if (!created.ok) throw new Error("could not start");
    expect(await attachScan({ workspaceId: workspaceA, clientId, token: created.resumeToken })).toEqual({
      ok: true,
      alreadyLinked: false,
    });
    expect(await listClientScans({ workspaceId: workspaceA, clientId })).toHaveLength(1);
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({
      submittedCount: 0,
      latestScore: null,
    });
  });

  it("is idempotent for a scan already filed under this client", async () => {
    const before = await snapshot(workspaceA);
    for (const token of [submittedA.resumeToken, submittedA.resumeToken]) {
      expect(await attachScan({ workspaceId: workspaceA, clientId: clientA, token })).toEqual({
        ok: true,
        alreadyLinked: true,
      });
    }
    expect(await snapshot(workspaceA)).toEqual(before);
  });

  it("refuses a scan filed under another client of the same workspace and leaves it there", async () => {
    const otherClient = await createTestClient(workspaceA);
    const before = await snapshot(workspaceA);
    expect(await attachScan({ workspaceId: workspaceA, clientId: otherClient, token: submittedA.resumeToken })).toEqual(
      { ok: false, error: "other-client" },
    );
    expect(await snapshot(workspaceA)).toEqual(before);
  });
});

// Issue 15, finding 1: a results link is shared to be read. Whoever holds one (anyone the respondent showed their
// results to) must not be able to file the scan under a client of their own, read its answers through an export
// or agree actions on it, nor keep the respondent's real consultant from filing it.
describe("a results link never files a scan", () => {
  it("refuses a stranger's account that pastes the results link, changes nothing, and the consultant still can", async () => {
    const { workspaceId: stranger } = await createWorkspaceWithConsultant({ name: "Vreemde" });
    const strangersClient = await createTestClient(stranger, { name: "Overgenomen" });
    const consultantsClient = await createTestClient(workspaceA);
    const loose = await anonymousScan();
    const before = {
      stranger: await snapshot(stranger),
      scan: await db.scan.findUniqueOrThrow({ where: { id: loose.id } }),
    };

    for (const link of [loose.shareToken, `http://localhost:3000/results/${loose.shareToken}`]) {
      const token = link.slice(-32);
      expect(await attachScan({ workspaceId: stranger, clientId: strangersClient, token })).toEqual({
        ok: false,
        error: "results-link",
      });
    }
    // Nothing moved: the scan is still unfiled, the stranger's client has no scan and no summary.
    expect(await db.scan.findUniqueOrThrow({ where: { id: loose.id } })).toEqual(before.scan);
    expect(await snapshot(stranger)).toEqual(before.stranger);
    expect(await listClientScans({ workspaceId: stranger, clientId: strangersClient })).toEqual([]);

    // The respondent's own consultant files it with the private (resume) link.
    expect(
      await attachScan({ workspaceId: workspaceA, clientId: consultantsClient, token: loose.resumeToken }),
    ).toEqual({ ok: true, alreadyLinked: false });
    expect((await db.scan.findUniqueOrThrow({ where: { id: loose.id } })).clientId).toBe(consultantsClient);
    // Once filed, the results link still files nothing, not even under the same client.
    expect(await attachScan({ workspaceId: workspaceA, clientId: consultantsClient, token: loose.shareToken })).toEqual(
      { ok: false, error: "results-link" },
    );
  });

  it("refuses a team round's results link, while its organiser link files it", async () => {
    const { workspaceId: stranger } = await createWorkspaceWithConsultant({ name: "Vreemde 2" });
    const strangersClient = await createTestClient(stranger);
    const input = startRoundSchema.parse({
      organisationName: "Ronde BV",
      kind: "quick",
      locale: "nl",
      closesAt: "",
      roles: ["manager", "employee"],
      teams: "",
      minGroupSize: "3",
      confirmSmallGroups: true,
      expectedRespondents: "100",
    });
    const created = await createRound({ input });
    if (!created.ok) throw new Error(created.error);
    const round = await db.scan.findUniqueOrThrow({ where: { id: created.scanId } });
    expect(await attachScan({ workspaceId: stranger, clientId: strangersClient, token: round.resultsToken })).toEqual({
      ok: false,
      error: "results-link",
    });
    expect((await db.scan.findUniqueOrThrow({ where: { id: round.id } })).clientId).toBeNull();
    expect(
      await attachScan({ workspaceId: stranger, clientId: strangersClient, token: created.organiserToken }),
    ).toEqual({ ok: true, alreadyLinked: false });
  });

  it("a scan filed through a results link before the fix: its private link shows who holds it and withdraws it", async () => {
    const { workspaceId: stranger } = await createWorkspaceWithConsultant({ name: "Vreemde 3" });
    const strangersClient = await createTestClient(stranger, { name: "Overgenomen" });
    const loose = await anonymousScan();
    // As attach did before: filed by the results link, with an action the stranger agreed.
    await db.scan.update({ where: { id: loose.id }, data: { clientId: strangersClient } });
    await refreshClientSummary(db, strangersClient);
    const agreed = await createOwnAction({
      actor: { workspaceId: stranger, userId: null, organiserToken: null, name: "Vreemde" },
      scanId: loose.id,
      input: { title: "Overname", domainId: "leadership", owner: "", dueDate: null, status: "not_started", notes: "" },
    });
    expect(agreed.ok).toBe(true);
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: stranger } });
    expect(await getScanFiling({ resumeToken: loose.resumeToken })).toEqual({
      kind: "filed",
      shareToken: loose.shareToken,
      workspaceName: workspace.name,
    });
    // The results link is no key to this: it neither reads the filing nor withdraws.
    expect(await getScanFiling({ resumeToken: loose.shareToken })).toEqual({ kind: "not-found" });
    expect(await withdrawScan({ resumeToken: loose.shareToken })).toBe("not-found");

    expect(await withdrawScan({ resumeToken: loose.resumeToken })).toBe("withdrawn");
    const after = await db.scan.findUniqueOrThrow({ where: { id: loose.id } });
    expect(after.clientId).toBeNull();
    expect(after.submittedAt).toEqual(loose.submittedAt);
    expect(await db.agreedAction.count({ where: { scanId: loose.id } })).toBe(0);
    expect(await db.client.findUniqueOrThrow({ where: { id: strangersClient } })).toMatchObject({
      submittedCount: 0,
      latestScanId: null,
    });
    expect(await withdrawScan({ resumeToken: loose.resumeToken })).toBe("unfiled");
    expect(await getScanFiling({ resumeToken: loose.resumeToken })).toEqual({
      kind: "unfiled",
      shareToken: loose.shareToken,
    });
    // Now the respondent's own consultant can file it.
    const consultantsClient = await createTestClient(workspaceA);
    expect(
      await attachScan({ workspaceId: workspaceA, clientId: consultantsClient, token: loose.resumeToken }),
    ).toEqual({ ok: true, alreadyLinked: false });
  });
});
