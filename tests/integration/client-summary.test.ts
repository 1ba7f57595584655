import { beforeAll, describe, expect, it } from "vitest";
import { aggregateRound } from "@/lib/aggregation/aggregate-round";
import { seriesKey } from "@/lib/history/series";
import { clientListQuerySchema } from "@/lib/schemas/client";
import { listClients } from "@/lib/server/clients/list-clients";
import { db } from "@/lib/server/db/db";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { buildRoundResponse } from "@/tests/factories/round-response";
import { loadSelfScan } from "@/tests/factories/self-scan";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// The dashboard reads the denormalised summary on Client; these tests drive it only through the real
// flows (startClientScan → saveAnswers → submitResponse), which call refreshClientSummary on submit.
// The summary follows the client's default series (lib/history/series.ts): the change compares the latest
// result with the previous one of the same questionnaire, role and team, in whole points.

const quick = questionnaireOfKind("quick");
const HOUR = 60 * 60 * 1000;

let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createWorkspaceWithConsultant());
});

const summaryOf = (clientId: string) =>
  db.client.findUniqueOrThrow({
    where: { id: clientId },
    select: {
      submittedCount: true,
      latestScanId: true,
      latestSubmittedAt: true,
      latestScore: true,
      latestLevel: true,
      latestChange: true,
      weakestDomain: true,
      latestChangeBasis: true,
      latestChangeJudged: true,
      latestChangeBeyond: true,
    },
  });

/** A scan whose domains get the given scores (every other domain 50); a quick scan by a manager unless told. */
const scan = (
  clientId: string,
  scores: Record<string, number>,
  overrides: Parameters<typeof submitTestClientScan>[3] = {},
) => submitTestClientScan(workspaceId, clientId, (q) => answersWithDomainScores(q, scores), overrides);

/** Moves a submitted self-scan in time: its snapshot and its one response, as one submit would have dated them. */
async function placeAt(scanId: string, submittedAt: Date) {
  await db.scan.update({ where: { id: scanId }, data: { submittedAt, closedAt: submittedAt } });
  await db.response.updateMany({ where: { scanId }, data: { submittedAt } });
}

describe("refreshClientSummary through submitting client scans", () => {
  it("leaves a new client's summary empty", async () => {
    const clientId = await createTestClient(workspaceId);
    expect(await summaryOf(clientId)).toEqual({
      submittedCount: 0,
      latestScanId: null,
      latestSubmittedAt: null,
      latestScore: null,
      latestLevel: null,
      latestChange: null,
      weakestDomain: null,
      latestChangeBasis: null,
      latestChangeJudged: null,
      latestChangeBeyond: null,
    });
  });

  it("takes score, level and weakest domain from the first submitted scan, with no change yet", async () => {
    const clientId = await createTestClient(workspaceId);
    // Five domains at 75 and processes at 0: (5 × 75 + 0) / 6 = 62.5.
    const first = await scan(clientId, {
      leadership: 75,
      culture: 75,
      strategy: 75,
      interfunctional: 75,
      hr: 75,
      processes: 0,
    });
    expect(first.overallScore).toBe(62.5);
    expect(await summaryOf(clientId)).toEqual({
      submittedCount: 1,
      latestScanId: first.id,
      latestSubmittedAt: first.submittedAt,
      latestScore: 62.5,
      latestLevel: "established",
      latestChange: null,
      weakestDomain: "processes",
      latestChangeBasis: null,
      latestChangeJudged: null,
      latestChangeBeyond: null,
    });
  });

  it("gives the change since the previous submitted scan, signed, in whole points as the scores are shown", async () => {
    const clientId = await createTestClient(workspaceId);
    const base = await scan(clientId, {});
    expect(base.overallScore).toBe(50);

    // (75 + 5 × 50) / 6 = 54.1666… → 54.17, shown as 54: 54 − 50 = 4 (not 4.17).
    const up = await scan(clientId, { strategy: 75 });
    expect(up.overallScore).toBe(54.17);
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestScanId: up.id,
      latestScore: 54.17,
      latestLevel: "developing",
      latestChange: 4,
      // Self-scans: one person's view, no margin to count against.
      latestChangeBasis: "one-person",
      latestChangeJudged: null,
      latestChangeBeyond: null,
    });

    // (25 + 5 × 50) / 6 = 45.8333… → 45.83, shown as 46: 46 − 54 = −8 (not −8.34).
    const down = await scan(clientId, { culture: 25 });
    expect(down.overallScore).toBe(45.83);
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 3,
      latestScanId: down.id,
      latestScore: 45.83,
      latestChange: -8,
      weakestDomain: "culture",
    });
  });

  it("breaks a tie for the weakest domain by questionnaire order, and ignores domains without a score", async () => {
    // hr comes first by id, strategy first in the questionnaire (… strategy, interfunctional, processes, hr).
    const tied = await createTestClient(workspaceId);
    await scan(tied, { strategy: 25, hr: 25 });
    expect(quick.domains.findIndex((d) => d.id === "strategy")).toBeLessThan(
      quick.domains.findIndex((d) => d.id === "hr"),
    );
    expect((await summaryOf(tied)).weakestDomain).toBe("strategy");

    // Only the leadership items answered: every other domain is insufficient (score null), which must
    // not count as the weakest.
    const partial = await createTestClient(workspaceId);
    const [first, second] = quick.items.filter((item) => item.domain === "leadership");
    if (!first || !second) throw new Error("leadership needs two items");
    const only = await submitTestClientScan(workspaceId, partial, (q) =>
      answersWithDomainScores(q, { leadership: 75 }).filter((a) => a.itemId === first.id || a.itemId === second.id),
    );
    expect(only.domainScores.filter((d) => d.score === null)).toHaveLength(quick.domains.length - 1);
    // One scored domain gives no overall score on v2 (it needs 5 of 6), but still names the weakest domain.
    const expectedScore = quick.minScoredDomains === undefined ? 75 : null;
    expect(await summaryOf(partial)).toMatchObject({ latestScore: expectedScore, weakestDomain: "leadership" });
  });

  it("shows a latest scan without a score as no score, no level and no change", async () => {
    const clientId = await createTestClient(workspaceId);
    await scan(clientId, {});
    const empty = await submitTestClientScan(workspaceId, clientId, () => []);
    expect(empty.overallScore).toBeNull();
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestScanId: empty.id,
      latestScore: null,
      latestLevel: null,
      latestChange: null,
      weakestDomain: null,
    });
  });

  it("does not count a scan that is still in progress", async () => {
    const clientId = await createTestClient(workspaceId);
    const first = await scan(clientId, {});
    await placeAt(first.id, new Date(Date.now() - 2 * HOUR));

    const open = await startTestClientScan(workspaceId, clientId);
    const saved = await saveAnswers({
      resumeToken: open.resumeToken,
      answers: answersWithDomainScores(quick, {}, 100),
    });
    expect(saved.ok).toBe(true);

    // The next submit recomputes the summary while the open scan (all answers 100) exists.
    const second = await scan(clientId, { hr: 75 });
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestScanId: second.id,
      latestScore: 54.17,
      latestChange: 4,
    });
    const stillOpen = await loadSelfScan({ scanId: open.id });
    expect(stillOpen).toMatchObject({ status: "in_progress", overallScore: null, submittedAt: null });
    expect(stillOpen.scan.status).toBe("open");
  });

  it("orders scans by when they were submitted, whatever order they were started and submitted in", async () => {
    const older = { culture: 25 }; // 45.83
    const newer = { culture: 75, hr: 75 }; // 58.33

    // In order: the older scan is started and submitted first.
    const inOrder = await createTestClient(workspaceId);
    const a = await scan(inOrder, older);
    await placeAt(a.id, new Date(Date.now() - HOUR));
    const b = await scan(inOrder, newer);

    // Reversed: the newer scan is started and submitted first and placed later in time before the older
    // one is submitted, so neither creation order, id order nor "the scan just submitted" gives the answer.
    const reversed = await createTestClient(workspaceId);
    const newerScan = await startTestClientScan(workspaceId, reversed);
    const olderScan = await startTestClientScan(workspaceId, reversed);
    await saveAnswers({ resumeToken: newerScan.resumeToken, answers: answersWithDomainScores(quick, newer) });
    await saveAnswers({ resumeToken: olderScan.resumeToken, answers: answersWithDomainScores(quick, older) });
    await submitResponse({ resumeToken: newerScan.resumeToken });
    await placeAt(newerScan.id, new Date(Date.now() + HOUR));
    await submitResponse({ resumeToken: olderScan.resumeToken });

    const expected = {
      submittedCount: 2,
      latestScore: 58.33,
      latestLevel: "developing",
      // Shown as 58 and 46.
      latestChange: 12,
      // Four domains tie at 50: the first in the questionnaire (by id it would be interfunctional).
      weakestDomain: "leadership",
    };
    expect(await summaryOf(inOrder)).toMatchObject({ ...expected, latestScanId: b.id });
    expect(await summaryOf(reversed)).toMatchObject({ ...expected, latestScanId: newerScan.id });
  });

  it("is what the dashboard lists", async () => {
    const clientId = await createTestClient(workspaceId, { name: "Dashboardcheck Summary BV" });
    await scan(clientId, {});
    const latest = await scan(clientId, { processes: 100 });
    const { rows } = await listClients({
      workspaceId,
      query: clientListQuerySchema.parse({ q: "dashboardcheck summary" }),
    });
    expect(rows).toEqual([
      expect.objectContaining({
        id: clientId,
        submittedCount: 2,
        latestSubmittedAt: latest.submittedAt,
        latestScore: 58.33,
        latestLevel: "developing",
        latestChange: 8,
        weakestDomain: "leadership",
      }),
    ]);
  });
});

describe("refreshClientSummary follows one series", () => {
  it.each([
    ["another role", { respondentRole: "board" as const }],
    ["another team", { team: "Klantenservice" }],
    ["another questionnaire", { kind: "full" as const }],
  ])("does not chain a scan by %s to the client's earlier scans", async (_case, other) => {
    const clientId = await createTestClient(workspaceId);
    const first = await scan(clientId, {});
    await placeAt(first.id, new Date(Date.now() - 2 * HOUR));

    // The latest result is of another series: it is the latest, but has nothing to compare with.
    const apart = await scan(clientId, { strategy: 75 }, other);
    expect(apart.series).not.toBe(first.series);
    expect(apart.overallScore).not.toBeNull();
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestScanId: apart.id,
      latestScore: apart.overallScore,
      latestChange: null,
    });
    await placeAt(apart.id, new Date(Date.now() - HOUR));

    // Back to the first series: 45.83 (shown 46) against the first scan's 50 is −4; chained to the scan
    // in between (54) it would be −8.
    const again = await scan(clientId, { culture: 25 });
    expect(again.series).toBe(first.series);
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 3,
      latestScanId: again.id,
      latestScore: 45.83,
      latestChange: -4,
    });
  });

  it("prefers the client's team rounds over a later self-scan, and compares rounds with rounds", async () => {
    const clientId = await createTestClient(workspaceId);
    const self = await scan(clientId, { culture: 25 });
    // Closed team rounds as closing writes them (snapshot and per-domain means), dated before the self-scan.
    const round = async (hoursAgo: number, overallScore: number, weakest: string) => {
      const submittedAt = new Date(Date.now() - hoursAgo * HOUR);
      const created = await db.scan.create({
        data: {
          kind: "team",
          questionnaireId: quick.id,
          questionnaireVersion: quick.version,
          organisationName: "Teamronde",
          clientId,
          series: seriesKey({ kind: "team", questionnaireId: quick.id }),
          status: "closed",
          closedAt: submittedAt,
          submittedAt,
          overallScore,
          overallLevel: "developing",
          respondentCount: 5,
          resultsToken: `round${clientId}${hoursAgo}`,
          domainScores: {
            create: quick.domains.map((d) => ({
              domainId: d.id,
              score: d.id === weakest ? 20 : 60,
              level: "developing",
              answered: 5,
              total: 5,
              respondents: 5,
            })),
          },
        },
      });
      await refreshClientSummary(db, clientId);
      return created;
    };
    const older = await round(3, 41.2, "hr");
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestScanId: older.id,
      latestScore: 41.2,
      latestChange: null,
      weakestDomain: "hr",
    });
    const newer = await round(2, 47.6, "processes");
    // Rounded 48 − 41 = 7. Without the preference the self-scan, the latest result of all, would be shown.
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 3,
      latestScanId: newer.id,
      latestScore: 47.6,
      latestChange: 7,
      weakestDomain: "processes",
      // These snapshots hold no aggregate, so no domain has a known margin.
      latestChangeBasis: "rounds",
      latestChangeJudged: 0,
      latestChangeBeyond: 0,
    });
    expect(self.submittedAt?.getTime()).toBeGreaterThan(newer.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY);
  });

  it("counts, between two rounds, the domains that changed beyond their margin, as the compare page labels them", async () => {
    const clientId = await createTestClient(workspaceId);
    // Ten respondents each: the reference-spread margin of a change is about ± 12 points (docs/aggregation.md).
    const closedRound = async (hoursAgo: number, strategy: number, culture: number) => {
      const submittedAt = new Date(Date.now() - hoursAgo * HOUR);
      const scores = (offset: number) =>
        Object.fromEntries(
          quick.domains.map((d) => [
            d.id,
            (d.id === "strategy" ? strategy : d.id === "culture" ? culture : 50) + offset,
          ]),
        );
      const responses = Array.from({ length: 10 }, (_, i) =>
        buildRoundResponse({ scores: scores(i % 2 === 0 ? 2 : -2) }),
      );
      const aggregate = aggregateRound({ questionnaire: quick, responses, minGroupSize: 5 });
      await db.scan.create({
        data: {
          kind: "team",
          questionnaireId: quick.id,
          questionnaireVersion: quick.version,
          organisationName: "Teamronde",
          clientId,
          series: seriesKey({ kind: "team", questionnaireId: quick.id }),
          status: "closed",
          closedAt: submittedAt,
          submittedAt,
          overallScore: 50,
          overallLevel: "developing",
          respondentCount: 10,
          resultsToken: `margin${clientId}${hoursAgo}`,
          aggregate: JSON.stringify(aggregate),
          domainScores: {
            create: aggregate.domains.map((d) => ({
              domainId: d.domainId,
              score: d.score,
              level: "developing",
              answered: 10,
              total: 10,
              respondents: 10,
            })),
          },
        },
      });
      await refreshClientSummary(db, clientId);
    };
    await closedRound(3, 40, 50);
    // Strategy +30 (beyond ± 12), culture +4 (within), the rest unchanged.
    await closedRound(2, 70, 54);
    expect(await summaryOf(clientId)).toMatchObject({
      latestChangeBasis: "rounds",
      latestChangeJudged: quick.domains.length,
      latestChangeBeyond: 1,
    });
  });
});
