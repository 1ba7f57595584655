import { beforeEach, describe, expect, it } from "vitest";
import { setBenchmarkOptIn } from "@/lib/server/benchmark/benchmark-settings";
import { getScanBenchmark } from "@/lib/server/benchmark/get-scan-benchmark";
import {
  refreshAllBenchmarks,
  refreshBenchmarkSet,
  refreshStaleBenchmarks,
} from "@/lib/server/benchmark/refresh-benchmarks";
import { attachScan } from "@/lib/server/clients/client-scans";
import { updateClient } from "@/lib/server/clients/manage-clients";
import { db } from "@/lib/server/db/db";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createTeamRound } from "@/lib/server/seed/create-team-round";
import { createPeer, createPeerWorkspace, insertPeers, resetBenchmarks } from "@/tests/factories/benchmark";
import {
  answersWithDomainScores,
  buildClientInput,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// The benchmark on a real database: norms refreshed by submit, close and opt-in, read by the results pages in a
// fixed number of queries. All test files share one database, so each test starts with every workspace opted out.

const QUICK_SELF = { questionnaireId: "klantkompas-quick", scanKind: "self" } as const;

async function overallNorm(
  groupType = "all",
  groupValue = "",
  set: { questionnaireId: string; scanKind: string } = QUICK_SELF,
) {
  return db.benchmarkNorm.findFirst({ where: { ...set, groupType, groupValue, metric: "overall" } });
}

/** Five healthcare peers scoring 0, 25, 50, 75, 100 everywhere, in an opted-in workspace of their own. */
async function fivePeers(options: { sector?: "healthcare" | "retail" } = {}) {
  const workspaceId = await createPeerWorkspace({ optIn: false });
  for (const score of [0, 25, 50, 75, 100]) await createPeer({ workspaceId, score, sector: options.sector });
  await db.workspace.update({ where: { id: workspaceId }, data: { benchmarkOptIn: true } });
  await refreshAllBenchmarks();
  return workspaceId;
}

/** A signed-up consultant whose workspace takes part, with one healthcare client. */
async function viewer() {
  const consultant = await createWorkspaceWithConsultant();
  const result = await setBenchmarkOptIn({
    workspaceId: consultant.workspaceId,
    userId: consultant.userId,
    optIn: true,
  });
  expect(result).toEqual({ ok: true, changed: true });
  const clientId = await createTestClient(consultant.workspaceId, { sector: "healthcare", sizeBand: "50-249" });
  return { ...consultant, clientId };
}

beforeEach(async () => {
  await resetBenchmarks();
});

describe("refresh on submit", () => {
  it("counts a submitted self-scan of an opted-in workspace at once, and compares it without itself", async () => {
    await fivePeers();
    expect((await overallNorm())?.n).toBe(5);
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId, (q) => answersWithDomainScores(q, {}, 75));
    const norm = await overallNorm();
    expect(norm).toMatchObject({ n: 6, scores: "0,25,50,75,75,100" });
    const benchmark = await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" });
    expect(benchmark).toMatchObject({
      state: "on",
      scanKind: "self",
      comparison: { shown: true, groupType: "sector", groupValue: "healthcare", fellBack: false, peers: 5 },
    });
    if (benchmark.state !== "on" || !benchmark.comparison.shown) throw new Error("not shown");
    // Peers 0, 25, 50, 75, 100: median 50, P75 75; 75 is above three, equal to one → (3 + 0.5) / 5 = 70.
    expect(benchmark.comparison.metrics.overall).toEqual({ median: 50, p75: 75, percentile: 70 });
    expect(benchmark.comparison.metrics.leadership).toEqual({ median: 50, p75: 75, percentile: 70 });
  });

  it("does not count scans of a workspace that has not opted in, nor anonymous scans; and shows them nothing", async () => {
    await fivePeers();
    const consultant = await createWorkspaceWithConsultant();
    const clientId = await createTestClient(consultant.workspaceId, { sector: "healthcare" });
    const scan = await submitTestClientScan(consultant.workspaceId, clientId);
    expect((await overallNorm())?.n).toBe(5);
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toEqual({
      state: "off",
      reason: "not-opted-in",
    });
    const anonymous = await db.scan.create({
      data: {
        questionnaireId: "klantkompas-quick",
        questionnaireVersion: 2,
        organisationName: "Anoniem",
        series: "self:klantkompas-quick:manager:",
        resultsToken: `anon${Date.now()}`,
      },
    });
    expect(await getScanBenchmark({ scan: { id: anonymous.id }, requested: "sector" })).toEqual({
      state: "off",
      reason: "no-client",
    });
  });

  it("keeps one scan per organisation: a second submit replaces the first in the norms", async () => {
    await fivePeers();
    const me = await viewer();
    await submitTestClientScan(me.workspaceId, me.clientId, (q) => answersWithDomainScores(q, {}, 0));
    await submitTestClientScan(me.workspaceId, me.clientId, (q) => answersWithDomainScores(q, {}, 100));
    expect(await overallNorm()).toMatchObject({ n: 6, scores: "0,25,50,75,100,100" });
    expect(await db.benchmarkMember.count({ where: { ...QUICK_SELF, clientId: me.clientId } })).toBe(1);
  });

  it("leaves a scan out once it is older than 24 months (at the next refresh)", async () => {
    const workspaceId = await fivePeers();
    const oldest = await db.scan.findFirstOrThrow({
      where: { client: { workspaceId }, overallScore: 0 },
      select: { id: true },
    });
    const now = new Date();
    const justInside = new Date(now);
    justInside.setUTCMonth(justInside.getUTCMonth() - 24);
    justInside.setUTCHours(justInside.getUTCHours() + 1);
    await db.scan.update({ where: { id: oldest.id }, data: { submittedAt: justInside } });
    await refreshAllBenchmarks();
    expect((await overallNorm())?.n).toBe(5);
    const outside = new Date(now);
    outside.setUTCMonth(outside.getUTCMonth() - 25);
    await db.scan.update({ where: { id: oldest.id }, data: { submittedAt: outside } });
    await refreshAllBenchmarks();
    expect(await overallNorm()).toMatchObject({ n: 4, scores: "25,50,75,100" });
  });
});

describe("refresh on filing a scan under a client", () => {
  it("counts an anonymous scan once a consultant of an opted-in workspace adds it to a client", async () => {
    await fivePeers();
    const me = await viewer();
    const created = await createScan({
      input: { questionnaireId: "klantkompas-quick", organisationName: "Los", respondentRole: "manager", locale: "nl" },
    });
    if (!created.ok) throw new Error(created.error);
    await saveAnswers({
      resumeToken: created.resumeToken,
      answers: answersWithDomainScores(questionnaireOfKind("quick"), {}, 25),
    });
    await submitResponse({ resumeToken: created.resumeToken });
    expect((await overallNorm())?.n).toBe(5);
    const attached = await attachScan({
      workspaceId: me.workspaceId,
      clientId: me.clientId,
      token: created.resumeToken,
    });
    expect(attached).toEqual({ ok: true, alreadyLinked: false });
    expect(await overallNorm()).toMatchObject({ n: 6, scores: "0,25,25,50,75,100" });
  });
});

describe("the daily refresh", () => {
  it("refreshes only the sets whose norms are older than a day", async () => {
    const workspaceId = await fivePeers();
    const dayOld = new Date(Date.now() - 25 * 60 * 60 * 1000);
    const quickSelf = await db.benchmarkRefresh.findFirstOrThrow({
      where: { id: { startsWith: "klantkompas-quick|" }, members: 5 },
    });
    await db.benchmarkRefresh.update({ where: { id: quickSelf.id }, data: { refreshedAt: dayOld } });
    // A scan that left the window without anyone submitting: the stale set drops it, the fresh ones are left alone.
    const oldest = await db.scan.findFirstOrThrow({ where: { client: { workspaceId }, overallScore: 0 } });
    await db.scan.update({ where: { id: oldest.id }, data: { submittedAt: new Date("2020-01-01T00:00:00Z") } });
    const fresh = await db.benchmarkRefresh.findMany({ where: { id: { not: quickSelf.id } } });
    await refreshStaleBenchmarks();
    expect((await overallNorm())?.n).toBe(4);
    expect(
      (await db.benchmarkRefresh.findUniqueOrThrow({ where: { id: quickSelf.id } })).refreshedAt.getTime(),
    ).toBeGreaterThan(dayOld.getTime());
    expect(await db.benchmarkRefresh.findMany({ where: { id: { not: quickSelf.id } } })).toEqual(fresh);
  });
});

describe("the minimum and the fall-back", () => {
  it("falls back to all organisations when the sector is too small, and says too few below the minimum", async () => {
    const retail = await createPeerWorkspace({ optIn: true });
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId);
    // Four retail peers: too few in healthcare (0) and in all (4).
    for (const score of [0, 25, 50, 75])
      await createPeer({ workspaceId: retail, score, sector: "retail", sizeBand: "1-9" });
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({
      state: "on",
      comparison: { shown: false, minPeers: 5 },
    });
    // A fifth: all organisations has 5 peers, healthcare still none → fall back.
    await createPeer({ workspaceId: retail, score: 100, sector: "retail", sizeBand: "1-9" });
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({
      comparison: { shown: true, groupType: "all", fellBack: true, peers: 5 },
    });
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "size" })).toMatchObject({
      comparison: { shown: true, groupType: "all", fellBack: true },
    });
  });

  it("takes the organisation out of its own group: exactly 5 with it in is too few", async () => {
    const peers = await createPeerWorkspace({ optIn: true });
    for (const score of [0, 25, 50, 75]) await createPeer({ workspaceId: peers, score });
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId);
    expect((await overallNorm("sector", "healthcare"))?.n).toBe(5);
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({
      comparison: { shown: false },
    });
  });

  it("moves a client to its new sector's group when the consultant changes it", async () => {
    await fivePeers({ sector: "retail" });
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId);
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({
      comparison: { shown: true, groupType: "all", fellBack: true },
    });
    await updateClient({
      workspaceId: me.workspaceId,
      clientId: me.clientId,
      input: buildClientInput({ sector: "retail", sizeBand: "50-249" }),
    });
    expect((await overallNorm("sector", "retail"))?.n).toBe(6);
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({
      comparison: { shown: true, groupType: "sector", groupValue: "retail", peers: 5 },
    });
  });
});

describe("opting in and out", () => {
  it("is off by default, and only an owner of the workspace can change it", async () => {
    const a = await createWorkspaceWithConsultant();
    const b = await createWorkspaceWithConsultant();
    expect((await db.workspace.findUniqueOrThrow({ where: { id: a.workspaceId } })).benchmarkOptIn).toBe(false);
    expect(await setBenchmarkOptIn({ workspaceId: a.workspaceId, userId: b.userId, optIn: true })).toEqual({
      ok: false,
      error: "not-member",
    });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: a.workspaceId } })).benchmarkOptIn).toBe(false);
    // A colleague who is a member, not an owner, cannot decide to share the workspace's numbers.
    await db.membership.create({ data: { workspaceId: a.workspaceId, userId: b.userId, role: "member" } });
    expect(await setBenchmarkOptIn({ workspaceId: a.workspaceId, userId: b.userId, optIn: true })).toEqual({
      ok: false,
      error: "not-owner",
    });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: a.workspaceId } })).benchmarkOptIn).toBe(false);
    expect(await setBenchmarkOptIn({ workspaceId: a.workspaceId, userId: a.userId, optIn: true })).toEqual({
      ok: true,
      changed: true,
    });
    // Repeating it changes nothing.
    expect(await setBenchmarkOptIn({ workspaceId: a.workspaceId, userId: a.userId, optIn: true })).toEqual({
      ok: true,
      changed: false,
    });
  });

  it("takes a workspace's clients out of the norms at once when it opts out, and back in when it opts in", async () => {
    await fivePeers();
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId);
    expect((await overallNorm())?.n).toBe(6);
    await setBenchmarkOptIn({ workspaceId: me.workspaceId, userId: me.userId, optIn: false });
    expect((await overallNorm())?.n).toBe(5);
    expect(await db.benchmarkMember.count({ where: { workspaceId: me.workspaceId } })).toBe(0);
    // Give to get: out of the benchmark, no benchmark either.
    expect(await getScanBenchmark({ scan: { id: scan.id }, requested: "sector" })).toMatchObject({ state: "off" });
    await setBenchmarkOptIn({ workspaceId: me.workspaceId, userId: me.userId, optIn: true });
    expect((await overallNorm())?.n).toBe(6);
  });
});

describe("refresh on a round's close", () => {
  it("counts a closed team round in the team set only, apart from self-scans", async () => {
    await fivePeers();
    const me = await viewer();
    const round = await createTeamRound({
      organisationName: "Ronde",
      clientId: me.clientId,
      kind: "quick",
      respondents: Array.from({ length: 3 }, () => ({ role: "employee", targets: { leadership: 60 } })),
      closedAt: new Date(),
    });
    const team = await overallNorm("all", "", { questionnaireId: "klantkompas-quick", scanKind: "team" });
    expect(team?.n).toBe(1);
    expect((await overallNorm())?.n).toBe(5);
    const benchmark = await getScanBenchmark({ scan: { id: round.scanId }, requested: "sector" });
    expect(benchmark).toMatchObject({ state: "on", scanKind: "team", comparison: { shown: false } });
  });
});

describe("reading the norms", () => {
  // One listener for the file; it records only while `counting` is set.
  let counting = false;
  let count = 0;
  db.$on("query", () => {
    if (counting) count += 1;
  });
  async function queriesOf(run: () => Promise<unknown>) {
    count = 0;
    counting = true;
    try {
      await run();
    } finally {
      counting = false;
    }
    if (count === 0) throw new Error("no query events: is the query log still on in lib/server/db/db.ts?");
    return count;
  }

  it("takes the same number of queries with 10 or 1,010 scans in the installation", async () => {
    const peers = await createPeerWorkspace({ optIn: true });
    await insertPeers({ workspaceId: peers, count: 10, sector: "healthcare", sizeBand: "50-249" });
    const me = await viewer();
    const scan = await submitTestClientScan(me.workspaceId, me.clientId);
    const read = () => getScanBenchmark({ scan: { id: scan.id }, requested: "sector" });
    const small = await queriesOf(read);
    expect(await read()).toMatchObject({ comparison: { shown: true, peers: 10 } });
    await insertPeers({ workspaceId: peers, count: 1000, sector: "healthcare", sizeBand: "50-249", seed: 2 });
    await refreshAllBenchmarks();
    const large = await queriesOf(read);
    expect(await read()).toMatchObject({ comparison: { shown: true, peers: 1010 } });
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(10);
  });
});

describe("concurrent refreshes", () => {
  it("cost at most two refreshes per burst in one process, each caller seeing its change", async () => {
    await fivePeers();
    const me = await viewer();
    await submitTestClientScan(me.workspaceId, me.clientId);
    const members = (
      await refreshBenchmarkSet({ kind: "self", questionnaireId: "klantkompas-quick", questionnaireVersion: 2 })
    )?.members;
    const refreshedAt = new Set<number>();
    const results = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const result = await refreshBenchmarkSet({
          kind: "self",
          questionnaireId: "klantkompas-quick",
          questionnaireVersion: 2,
        });
        const rows = await db.benchmarkRefresh.findMany({ where: { id: { startsWith: "klantkompas-quick|" } } });
        for (const row of rows) if (row.id.endsWith("|self")) refreshedAt.add(row.refreshedAt.getTime());
        return result?.members;
      }),
    );
    expect(results).toEqual(Array.from({ length: 20 }, () => members));
    // Twenty requests at once: one refresh running and one queued behind it, so at most two refresh times.
    expect(refreshedAt.size).toBeLessThanOrEqual(2);
  });

  it("end with the norms a refresh computes from what committed, whatever the interleaving", async () => {
    await fivePeers();
    const me = await viewer();
    const started = await Promise.all(
      [0, 50, 100].map(async (score) => {
        const clientId = await createTestClient(me.workspaceId, { sector: "healthcare" });
        const scan = await startTestClientScan(me.workspaceId, clientId);
        const q = questionnaireOfKind("quick");
        await saveAnswers({ resumeToken: scan.resumeToken, answers: answersWithDomainScores(q, {}, score) });
        return scan.resumeToken;
      }),
    );
    // Three submits (each refreshes) and two explicit refreshes, all at once.
    await Promise.all([
      ...started.map((resumeToken) => submitResponse({ resumeToken })),
      refreshAllBenchmarks(),
      refreshAllBenchmarks(),
    ]);
    const after = await db.benchmarkNorm.findMany({
      orderBy: [{ groupType: "asc" }, { groupValue: "asc" }, { metric: "asc" }],
    });
    expect(
      after.find(
        (n) =>
          n.questionnaireId === "klantkompas-quick" &&
          n.scanKind === "self" &&
          n.groupType === "all" &&
          n.metric === "overall",
      )?.n,
    ).toBe(8);
    await refreshAllBenchmarks();
    const again = await db.benchmarkNorm.findMany({
      orderBy: [{ groupType: "asc" }, { groupValue: "asc" }, { metric: "asc" }],
    });
    expect(after).toEqual(again);
  });
});
