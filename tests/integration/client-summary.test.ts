import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswers } from "@/lib/assessments/save-answers";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { listClients } from "@/lib/clients/list-clients";
import { db } from "@/lib/db";
import { clientListQuerySchema } from "@/lib/schemas/client";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// The dashboard reads the denormalised summary on Client; these tests drive it only through the real
// flows (startClientScan → saveAnswers → submitAssessment), which call refreshClientSummary on submit.

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
      latestAssessmentId: true,
      latestSubmittedAt: true,
      latestScore: true,
      latestLevel: true,
      latestChange: true,
      weakestDomain: true,
    },
  });

/** A scan whose domains get the given scores (every other domain 50). */
const scan = (clientId: string, scores: Record<string, number>) =>
  submitTestClientScan(workspaceId, clientId, (q) => answersWithDomainScores(q, scores));

const placeAt = (assessmentId: string, submittedAt: Date) =>
  db.assessment.update({ where: { id: assessmentId }, data: { submittedAt } });

describe("refreshClientSummary through submitting client scans", () => {
  it("leaves a new client's summary empty", async () => {
    const clientId = await createTestClient(workspaceId);
    expect(await summaryOf(clientId)).toEqual({
      submittedCount: 0,
      latestAssessmentId: null,
      latestSubmittedAt: null,
      latestScore: null,
      latestLevel: null,
      latestChange: null,
      weakestDomain: null,
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
      latestAssessmentId: first.id,
      latestSubmittedAt: first.submittedAt,
      latestScore: 62.5,
      latestLevel: "established",
      latestChange: null,
      weakestDomain: "processes",
    });
  });

  it("gives the change since the previous submitted scan, signed and rounded to 2 decimals", async () => {
    const clientId = await createTestClient(workspaceId);
    const base = await scan(clientId, {});
    expect(base.overallScore).toBe(50);

    // (75 + 5 × 50) / 6 = 54.1666… → 54.17; 54.17 − 50 is 4.170000000000002 in floating point.
    const up = await scan(clientId, { strategy: 75 });
    expect(up.overallScore).toBe(54.17);
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 2,
      latestAssessmentId: up.id,
      latestScore: 54.17,
      latestLevel: "developing",
      latestChange: 4.17,
    });

    // (25 + 5 × 50) / 6 = 45.8333… → 45.83; 45.83 − 54.17 is −8.340000000000003 in floating point.
    const down = await scan(clientId, { culture: 25 });
    expect(down.overallScore).toBe(45.83);
    expect(await summaryOf(clientId)).toMatchObject({
      submittedCount: 3,
      latestAssessmentId: down.id,
      latestScore: 45.83,
      latestChange: -8.34,
      weakestDomain: "culture",
    });
  });

  it("breaks a tie for the weakest domain by domain id, and ignores domains without a score", async () => {
    const tied = await createTestClient(workspaceId);
    await scan(tied, { strategy: 25, hr: 25 });
    expect((await summaryOf(tied)).weakestDomain).toBe("hr");

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
      latestAssessmentId: empty.id,
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
      latestAssessmentId: second.id,
      latestScore: 54.17,
      latestChange: 4.17,
    });
    const stillOpen = await db.assessment.findUniqueOrThrow({ where: { id: open.id } });
    expect(stillOpen).toMatchObject({ status: "in_progress", overallScore: null, submittedAt: null });
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
    await submitAssessment({ resumeToken: newerScan.resumeToken });
    await placeAt(newerScan.id, new Date(Date.now() + HOUR));
    await submitAssessment({ resumeToken: olderScan.resumeToken });

    const expected = {
      submittedCount: 2,
      latestScore: 58.33,
      latestLevel: "developing",
      latestChange: 12.5,
      // Four domains tie at 50: the first by id.
      weakestDomain: "interfunctional",
    };
    expect(await summaryOf(inOrder)).toMatchObject({ ...expected, latestAssessmentId: b.id });
    expect(await summaryOf(reversed)).toMatchObject({ ...expected, latestAssessmentId: newerScan.id });
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
        latestChange: 8.33,
        weakestDomain: "culture",
      }),
    ]);
  });
});
