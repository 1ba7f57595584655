import { describe, expect, it } from "vitest";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import { scoreResponse } from "@/lib/scoring";
import { TOKEN_PATTERN } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { createScan } from "@/lib/server/scans/create-scan";
import { getResultsByShareToken } from "@/lib/server/scans/get-scan-results";
import { getScanState } from "@/lib/server/scans/get-scan-state";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { buildStartInput } from "@/tests/factories/scan-input";
import { loadSelfScan, selfScanSnapshots } from "@/tests/factories/self-scan";

const quick = getLatestQuestionnaire("klantkompas-quick");
if (!quick) throw new Error("the quick scan questionnaire is missing");
const [firstItem, secondItem] = quick.items;
if (!firstItem || !secondItem) throw new Error("the quick scan needs items");

async function start(overrides = {}) {
  const created = await createScan({ input: buildStartInput(overrides) });
  if (!created.ok) throw new Error("could not start");
  const scan = await loadSelfScan({ resumeToken: created.resumeToken });
  return { token: created.resumeToken, scan };
}

const answerAll = (value: number) => quick.items.map((item) => ({ itemId: item.id, value }));
/** The most customer-centric answer to every item: reverse-worded items disagreed with. */
const answerBest = () => quick.items.map((item) => ({ itemId: item.id, value: item.reverse ? 1 : 5 }));

describe("createScan", () => {
  it("pins the newest questionnaire version and hands out two different unguessable tokens", async () => {
    const { token, scan } = await start({ team: "Klantenservice" });
    expect(token).toMatch(TOKEN_PATTERN);
    expect(scan.shareToken).toMatch(TOKEN_PATTERN);
    expect(scan.shareToken).not.toBe(token);
    expect(scan).toMatchObject({
      questionnaireId: quick.id,
      questionnaireVersion: quick.version,
      status: "in_progress",
      team: "Klantenservice",
      respondentRole: "manager",
    });
    // A self-scan: one open Scan with its one Response, in the series of its questionnaire, role and team.
    expect(scan.scan).toMatchObject({
      kind: "self",
      status: "open",
      series: `self:${quick.id}:manager:Klantenservice`,
      submittedAt: null,
      respondentCount: 0,
      organiserToken: null,
      teamToken: null,
    });
    expect(scan.response).toMatchObject({ scanId: scan.id, status: "in_progress", startedAt: null });
  });

  it("puts a scan without a team in the series of the whole organisation", async () => {
    const { scan } = await start({ team: "", respondentRole: "board" });
    expect(scan.team).toBeNull();
    expect(scan.series).toBe(`self:${quick.id}:board:`);
  });

  it("refuses an unknown questionnaire and stores nothing", async () => {
    const before = { scans: await db.scan.count(), responses: await db.response.count() };
    const created = await createScan({ input: buildStartInput({ questionnaireId: "no-such-scan" }) });
    expect(created).toEqual({ ok: false, error: "unknown-questionnaire" });
    expect({ scans: await db.scan.count(), responses: await db.response.count() }).toEqual(before);
  });
});

describe("saveAnswers", () => {
  it("stores answers, keeps 'don't know' as null with its code and is safe to repeat", async () => {
    const { token, scan } = await start();
    const answers = [
      { itemId: firstItem.id, value: 4 },
      { itemId: secondItem.id, value: "na" as const },
    ];
    expect(await saveAnswers({ resumeToken: token, answers })).toEqual({ ok: true, saved: 2 });
    expect(await saveAnswers({ resumeToken: token, answers })).toEqual({ ok: true, saved: 2 });
    const rows = await db.answer.findMany({ where: { responseId: scan.responseId }, orderBy: { itemId: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.itemId === secondItem.id)).toMatchObject({ value: null, nonAnswer: "na" });
    expect(rows.find((r) => r.itemId === firstItem.id)).toMatchObject({ value: 4, nonAnswer: null });
    // The first save marks the response as started; the repeat does not move that moment.
    const { response } = await loadSelfScan({ resumeToken: token });
    expect(response.startedAt).toBeInstanceOf(Date);
    const state = await getScanState({ resumeToken: token });
    expect(state?.answers).toEqual({ [firstItem.id]: 4, [secondItem.id]: "na" });
  });

  it("changes an answer when it is given again", async () => {
    const { token, scan } = await start();
    await saveAnswers({ resumeToken: token, answers: [{ itemId: firstItem.id, value: 2 }] });
    await saveAnswers({ resumeToken: token, answers: [{ itemId: firstItem.id, value: 5 }] });
    const rows = await db.answer.findMany({ where: { responseId: scan.responseId } });
    expect(rows.map((r) => r.value)).toEqual([5]);
  });

  it.each([
    ["an unknown item", { itemId: "no-such-item", value: 3 }],
    ["a value outside the scale", { itemId: "ITEM", value: 9 }],
    ["a value between scale points", { itemId: "ITEM", value: 2.5 }],
  ])("refuses %s and stores nothing of the batch", async (_case, bad) => {
    const { token, scan } = await start();
    const answers = [
      { itemId: secondItem.id, value: 3 },
      { ...bad, itemId: bad.itemId === "ITEM" ? firstItem.id : bad.itemId },
    ];
    const saved = await saveAnswers({ resumeToken: token, answers });
    expect(saved).toMatchObject({ ok: false, error: "invalid-answers" });
    expect(await db.answer.count({ where: { responseId: scan.responseId } })).toBe(0);
  });

  it("answers not found for an unknown token", async () => {
    expect(await saveAnswers({ resumeToken: "x".repeat(32), answers: [{ itemId: firstItem.id, value: 3 }] })).toEqual({
      ok: false,
      error: "not-found",
    });
  });

  it("refuses answers to a submitted scan", async () => {
    const { token, scan } = await start();
    await saveAnswers({ resumeToken: token, answers: answerAll(3) });
    await submitResponse({ resumeToken: token });
    expect(await saveAnswers({ resumeToken: token, answers: [{ itemId: firstItem.id, value: 5 }] })).toEqual({
      ok: false,
      error: "submitted",
    });
    const stored = await db.answer.findUniqueOrThrow({
      where: { responseId_itemId: { responseId: scan.responseId, itemId: firstItem.id } },
    });
    expect(stored.value).toBe(3);
  });
});

describe("submitResponse", () => {
  it("locks the scan and stores the score snapshot that matches the scoring library", async () => {
    const { token, scan } = await start();
    const answers = quick.items.map((item, index) => ({ itemId: item.id, value: (index % 5) + 1 }));
    await saveAnswers({ resumeToken: token, answers });
    const submitted = await submitResponse({ resumeToken: token });
    expect(submitted).toEqual({ ok: true, kind: "self", shareToken: scan.shareToken, alreadySubmitted: false });

    const expected = scoreResponse(quick, answers);
    const row = await loadSelfScan({ scanId: scan.id });
    expect(row.status).toBe("submitted");
    // Submitting a self-scan's one response closes the scan and makes its result the scan's snapshot.
    expect(row.scan).toMatchObject({ status: "closed", respondentCount: 1 });
    expect(row.scan.closedAt).toEqual(row.submittedAt);
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.overallScore).toBe(expected.overall.score);
    expect(row.overallLevel).toBe(expected.overall.level);
    expect(row.domainScores).toHaveLength(quick.domains.length);
    for (const domain of expected.domains) {
      expect(row.domainScores.find((d) => d.domainId === domain.domainId)).toMatchObject({
        score: domain.score,
        level: domain.level,
        answered: domain.answered,
        total: domain.total,
        respondents: 1,
      });
    }
    // The respondent's own copy is the same result.
    const snapshots = selfScanSnapshots(row);
    expect(snapshots.response).toEqual(snapshots.scan);
  });

  it("creates nothing new when submitted twice, also at the same moment", async () => {
    const { token, scan } = await start();
    await saveAnswers({ resumeToken: token, answers: answerAll(4) });
    const [a, b] = await Promise.all([submitResponse({ resumeToken: token }), submitResponse({ resumeToken: token })]);
    const again = await submitResponse({ resumeToken: token });
    expect([a, b, again].every((r) => r.ok && r.shareToken === scan.shareToken)).toBe(true);
    expect(again).toMatchObject({ alreadySubmitted: true });
    // Exactly one of the two simultaneous submits did the work.
    expect([a, b].filter((r) => r.ok && !r.alreadySubmitted)).toHaveLength(1);
    expect(await db.scanDomainScore.count({ where: { scanId: scan.id } })).toBe(quick.domains.length);
    expect(await db.responseDomainScore.count({ where: { responseId: scan.responseId } })).toBe(quick.domains.length);
    expect(await db.response.count({ where: { resumeToken: token } })).toBe(1);
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(1);
  });

  it("scores domains without enough answers as insufficient, not as zero", async () => {
    const { token, scan } = await start();
    await saveAnswers({ resumeToken: token, answers: [{ itemId: firstItem.id, value: 5 }] });
    await submitResponse({ resumeToken: token });
    const { domainScores, responseDomainScores } = await loadSelfScan({ scanId: scan.id });
    for (const scores of [domainScores, responseDomainScores]) {
      const empty = scores.filter((s) => s.answered === 0);
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.every((s) => s.score === null && s.level === null)).toBe(true);
    }
  });
});

describe("getResultsByShareToken", () => {
  it("has no results before submitting", async () => {
    const { scan } = await start();
    expect(await getResultsByShareToken({ shareToken: scan.shareToken })).toBeNull();
  });

  it("returns the scored result of a submitted scan with its pinned questionnaire version", async () => {
    const { token, scan } = await start();
    await saveAnswers({ resumeToken: token, answers: answerBest() });
    await submitResponse({ resumeToken: token });
    const results = await getResultsByShareToken({ shareToken: scan.shareToken });
    expect(results?.questionnaire.version).toBe(scan.questionnaireVersion);
    expect(results?.result.overall).toMatchObject({ status: "scored", score: 100 });
  });

  it("does not treat a resume token as a share token", async () => {
    const { token } = await start();
    await saveAnswers({ resumeToken: token, answers: answerAll(5) });
    await submitResponse({ resumeToken: token });
    expect(await getResultsByShareToken({ shareToken: token })).toBeNull();
  });
});
