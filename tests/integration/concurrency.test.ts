import { beforeAll, describe, expect, it } from "vitest";
import { toAnswerInputs } from "@/lib/assessments/answer-inputs";
import { createAssessment } from "@/lib/assessments/create-assessment";
import { saveAnswers } from "@/lib/assessments/save-answers";
import { submitAssessment } from "@/lib/assessments/submit-assessment";
import { attachAssessment } from "@/lib/clients/client-assessments";
import { refreshClientSummary } from "@/lib/clients/refresh-client-summary";
import { db } from "@/lib/db";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreAssessment } from "@/lib/scoring";
import { buildStartInput } from "@/tests/factories/assessment";
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

/** The score snapshot stored at submit against scoring the answers that are stored. */
async function expectScoreMatchesStoredAnswers(assessmentId: string) {
  const assessment = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    include: { answers: true, domainScores: { orderBy: { domainId: "asc" } } },
  });
  const questionnaire = getQuestionnaire(assessment.questionnaireId, assessment.questionnaireVersion);
  if (!questionnaire) throw new Error("unknown questionnaire");
  const result = scoreAssessment(questionnaire, toAnswerInputs(assessment.answers));
  expect(assessment.status).toBe("submitted");
  expect(assessment.overallScore).toBe(result.overall.score);
  expect(assessment.domainScores.map((d) => [d.domainId, d.score])).toEqual(
    [...result.domains].sort((a, b) => (a.domainId < b.domainId ? -1 : 1)).map((d) => [d.domainId, d.score]),
  );
}

describe("concurrent writes", () => {
  it("keeps a client's summary complete when several of its scans are submitted at once", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const clientId = await createTestClient(workspaceId);
      const scans = await Promise.all([25, 50, 75, 100].map((score) => answeredClientScan(clientId, score)));
      const results = await Promise.all(scans.map((scan) => submitAssessment({ resumeToken: scan.resumeToken })));
      expect(results.every((r) => r.ok && !r.alreadySubmitted)).toBe(true);
      const summary = await expectSummaryUpToDate(clientId);
      expect(summary.submittedCount).toBe(scans.length);
    }
  });

  it("keeps the summary complete when a self-scan is attached while another scan of the client is submitted", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const clientId = await createTestClient(workspaceId);
      const clientScan = await answeredClientScan(clientId);
      const created = await createAssessment({ input: buildStartInput() });
      if (!created.ok) throw new Error("could not start a self-scan");
      await saveAnswers({ resumeToken: created.resumeToken, answers: answersWithDomainScores(quick, {}, 75) });
      await submitAssessment({ resumeToken: created.resumeToken });
      const [attached, submitted] = await Promise.all([
        attachAssessment({ workspaceId, clientId, token: created.resumeToken }),
        submitAssessment({ resumeToken: clientScan.resumeToken }),
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
        where: { assessmentId_itemId: { assessmentId: scan.id, itemId: item.id } },
      });
      const changed = before.value === 5 ? 1 : 5;
      // Alternate which call starts first so both orders are tried.
      const save = () => saveAnswers({ resumeToken: scan.resumeToken, answers: [{ itemId: item.id, value: changed }] });
      const submit = () => submitAssessment({ resumeToken: scan.resumeToken });
      const [saved, submitted] =
        round % 2 === 0
          ? await Promise.all([save(), submit()])
          : await Promise.all([submit(), save()]).then(([b, a]) => [a, b] as const);
      expect(submitted.ok).toBe(true);
      const after = await db.answer.findUniqueOrThrow({
        where: { assessmentId_itemId: { assessmentId: scan.id, itemId: item.id } },
      });
      if (saved.ok) {
        expect(after.value).toBe(changed);
        outcomes.add("saved before submit");
      } else {
        expect(saved).toEqual({ ok: false, error: "submitted" });
        expect(after.value).toBe(before.value);
        outcomes.add("refused after submit");
      }
      await expectScoreMatchesStoredAnswers(scan.id);
      await expectSummaryUpToDate(clientId);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it("creates one result when the same scan is submitted several times at once", async () => {
    const clientId = await createTestClient(workspaceId);
    const scan = await answeredClientScan(clientId);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => submitAssessment({ resumeToken: scan.resumeToken })),
    );
    expect(results.filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect(await db.domainScore.count({ where: { assessmentId: scan.id } })).toBe(quick.domains.length);
    expect((await expectSummaryUpToDate(clientId)).submittedCount).toBe(1);
  });
});
