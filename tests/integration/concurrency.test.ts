import { beforeAll, describe, expect, it } from "vitest";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreResponse } from "@/lib/scoring";
import { toAnswerInputs } from "@/lib/scoring/answer-inputs";
import { attachScan } from "@/lib/server/clients/client-scans";
import { db } from "@/lib/server/db/db";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createScan } from "@/lib/server/scans/create-scan";
import { refreshClientSummary } from "@/lib/server/scans/refresh-client-summary";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createTeamRound } from "@/lib/server/seed/create-team-round";
import { buildStartInput } from "@/tests/factories/scan-input";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  startTestClientScan,
} from "@/tests/factories/workspace";

// Concurrent calls through the real data layer, on whichever database the run uses (npm test runs this
// file on SQLite and on PostgreSQL). PostgreSQL runs these transactions in parallel under READ COMMITTED,
// so a read-then-write that is not ordered by a row lock shows up here as a lost update.

const quick = questionnaireOfKind("quick");
const ROUNDS = 5;

let workspaceId: string;
beforeAll(async () => {
  ({ workspaceId } = await createWorkspaceWithConsultant());
});

/** Starts and fully answers a client scan, ready to submit. */
async function answeredClientScan(clientId: string, score = 50) {
  const scan = await startTestClientScan(workspaceId, clientId);
  const saved = await saveAnswers({
    resumeToken: scan.resumeToken,
    answers: answersWithDomainScores(quick, {}, score),
  });
  if (!saved.ok) throw new Error(`saveAnswers refused: ${saved.error}`);
  return scan;
}

/** The client's stored summary against what refreshClientSummary computes now, from committed data. */
async function expectSummaryUpToDate(clientId: string) {
  const { updatedAt: _stored, ...stored } = await db.client.findUniqueOrThrow({ where: { id: clientId } });
  await refreshClientSummary(db, clientId);
  const { updatedAt: _fresh, ...fresh } = await db.client.findUniqueOrThrow({ where: { id: clientId } });
  expect(stored).toEqual(fresh);
  return stored;
}

/** The score snapshots stored at submit (the response's and the scan's) against scoring the stored answers. */
async function expectScoreMatchesStoredAnswers(responseId: string) {
  const response = await db.response.findUniqueOrThrow({
    where: { id: responseId },
    include: {
      answers: true,
      domainScores: { orderBy: { domainId: "asc" } },
      scan: { include: { domainScores: { orderBy: { domainId: "asc" } } } },
    },
  });
  const questionnaire = getQuestionnaire(response.scan.questionnaireId, response.scan.questionnaireVersion);
  if (!questionnaire) throw new Error("unknown questionnaire");
  const result = scoreResponse(questionnaire, toAnswerInputs(response.answers));
  const expected = [...result.domains]
    .sort((a, b) => (a.domainId < b.domainId ? -1 : 1))
    .map((d) => [d.domainId, d.score]);
  expect(response.status).toBe("submitted");
  expect(response.overallScore).toBe(result.overall.score);
  expect(response.scan.overallScore).toBe(result.overall.score);
  expect(response.domainScores.map((d) => [d.domainId, d.score])).toEqual(expected);
  expect(response.scan.domainScores.map((d) => [d.domainId, d.score])).toEqual(expected);
}

describe("concurrent writes", () => {
  it("closes a round once when two closes arrive together, and a submit racing the close is in it or refused", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const teamRound = await createTeamRound({
        organisationName: `Gelijktijdig ${round}`,
        respondents: [
          { role: "employee" },
          { role: "employee" },
          { role: "employee" },
          { role: "employee", submit: false },
        ],
      });
      const late = teamRound.resumeTokens[3] ?? "";
      await saveAnswers({ resumeToken: late, answers: answersWithDomainScores(quick, {}, 50) });
      const [first, second, submitted] = await Promise.all([
        closeRound({ scanId: teamRound.scanId }),
        closeRound({ scanId: teamRound.scanId }),
        submitResponse({ resumeToken: late }),
      ]);
      expect([first, second].filter((r) => r.ok && !r.alreadyClosed)).toHaveLength(1);
      const scan = await db.scan.findUniqueOrThrow({ where: { id: teamRound.scanId } });
      const counted = await db.response.count({ where: { scanId: scan.id, status: "submitted" } });
      // Whichever came first, the snapshot counts exactly the responses that are submitted.
      expect(scan.respondentCount).toBe(counted);
      expect(counted).toBe(submitted.ok ? 4 : 3);
      if (!submitted.ok) expect(submitted).toEqual({ ok: false, error: "closed" });
    }
  });

  it("keeps a client's summary complete when several of its scans are submitted at once", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const clientId = await createTestClient(workspaceId);
      const scans = await Promise.all([25, 50, 75, 100].map((score) => answeredClientScan(clientId, score)));
      const results = await Promise.all(scans.map((scan) => submitResponse({ resumeToken: scan.resumeToken })));
      expect(results.every((r) => r.ok && !r.alreadySubmitted)).toBe(true);
      const summary = await expectSummaryUpToDate(clientId);
      expect(summary.submittedCount).toBe(scans.length);
    }
  });

  it("keeps the summary complete when a self-scan is attached while another scan of the client is submitted", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const clientId = await createTestClient(workspaceId);
      const clientScan = await answeredClientScan(clientId);
      const created = await createScan({ input: buildStartInput() });
      if (!created.ok) throw new Error("could not start a self-scan");
      await saveAnswers({ resumeToken: created.resumeToken, answers: answersWithDomainScores(quick, {}, 75) });
      await submitResponse({ resumeToken: created.resumeToken });
      const [attached, submitted] = await Promise.all([
        attachScan({ workspaceId, clientId, token: created.resumeToken }),
        submitResponse({ resumeToken: clientScan.resumeToken }),
      ]);
      expect(attached).toEqual({ ok: true, alreadyLinked: false });
      expect(submitted.ok).toBe(true);
      expect((await expectSummaryUpToDate(clientId)).submittedCount).toBe(2);
    }
  });

  it("scores exactly the stored answers when a save races a submit, and a refused save stores nothing", async () => {
    const [item] = quick.items;
    if (!item) throw new Error("the quick scan has no items");
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS * 2; round += 1) {
      const clientId = await createTestClient(workspaceId);
      const scan = await answeredClientScan(clientId, 0);
      const before = await db.answer.findUniqueOrThrow({
        where: { responseId_itemId: { responseId: scan.responseId, itemId: item.id } },
      });
      const changed = before.value === 5 ? 1 : 5;
      // Alternate which call starts first so both orders are tried.
      const save = () => saveAnswers({ resumeToken: scan.resumeToken, answers: [{ itemId: item.id, value: changed }] });
      const submit = () => submitResponse({ resumeToken: scan.resumeToken });
      const [saved, submitted] =
        round % 2 === 0
          ? await Promise.all([save(), submit()])
          : await Promise.all([submit(), save()]).then(([b, a]) => [a, b] as const);
      expect(submitted.ok).toBe(true);
      const after = await db.answer.findUniqueOrThrow({
        where: { responseId_itemId: { responseId: scan.responseId, itemId: item.id } },
      });
      if (saved.ok) {
        expect(after.value).toBe(changed);
        outcomes.add("saved before submit");
      } else {
        expect(saved).toEqual({ ok: false, error: "submitted" });
        expect(after.value).toBe(before.value);
        outcomes.add("refused after submit");
      }
      await expectScoreMatchesStoredAnswers(scan.responseId);
      await expectSummaryUpToDate(clientId);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it("creates one result when the same scan is submitted several times at once", async () => {
    const clientId = await createTestClient(workspaceId);
    const scan = await answeredClientScan(clientId);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => submitResponse({ resumeToken: scan.resumeToken })),
    );
    expect(results.filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect(await db.responseDomainScore.count({ where: { responseId: scan.responseId } })).toBe(quick.domains.length);
    expect(await db.scanDomainScore.count({ where: { scanId: scan.id } })).toBe(quick.domains.length);
    expect((await expectSummaryUpToDate(clientId)).submittedCount).toBe(1);
  });
});
