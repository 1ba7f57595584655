import { describe, expect, it, vi } from "vitest";
import { saveAnswerAction } from "@/app/actions/scan/save-answer";
import { saveStepAction } from "@/app/actions/scan/save-step";
import { startScanAction } from "@/app/actions/scan/start-scan";
import { submitResponseAction } from "@/app/actions/scan/submit-response";
import { initialActionState } from "@/lib/forms/action-state";
import { getLatestQuestionnaire } from "@/lib/questionnaire/registry";
import { db } from "@/lib/server/db/db";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { buildStartInput } from "@/tests/factories/scan-input";
import { loadSelfScan } from "@/tests/factories/self-scan";

// Server actions read the request's locale; outside a request there is none, so it is fixed here.
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl" }));

const quick = getLatestQuestionnaire("klantkompas-quick");
const item = quick?.items[0];
if (!quick || !item) throw new Error("quick scan missing");

async function newScan() {
  const created = await createScan({ input: buildStartInput() });
  if (!created.ok) throw new Error("could not start");
  return created.resumeToken;
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** next/navigation's redirect() throws; its digest carries the target URL. */
async function redirectTarget(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | undefined)?.digest ?? "";
  if (!digest.startsWith("NEXT_REDIRECT")) throw new Error(`expected a redirect, got ${String(error)}`);
  return digest.split(";")[2] ?? "";
}

describe("startScanAction", () => {
  it("returns field errors for an empty form and stores nothing", async () => {
    const before = { scans: await db.scan.count(), responses: await db.response.count() };
    const state = await startScanAction(initialActionState, form({ questionnaireId: quick.id }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      organisationName: "errors.organisationRequired",
      respondentRole: "errors.roleRequired",
    });
    expect({ scans: await db.scan.count(), responses: await db.response.count() }).toEqual(before);
  });

  it("refuses oversized input and an unknown role", async () => {
    const state = await startScanAction(
      initialActionState,
      form({ questionnaireId: quick.id, organisationName: "x".repeat(10_000), respondentRole: "ceo" }),
    );
    expect(state.fieldErrors).toMatchObject({
      organisationName: "errors.tooLong",
      respondentRole: "errors.roleRequired",
    });
  });

  it("refuses an unknown questionnaire", async () => {
    const state = await startScanAction(
      initialActionState,
      form({ questionnaireId: "made-up", organisationName: "Acme", respondentRole: "manager" }),
    );
    expect(state).toMatchObject({ status: "error", message: "errors.unknownQuestionnaire" });
  });

  it("starts a scan and sends the respondent to its private page", async () => {
    const target = await redirectTarget(() =>
      startScanAction(
        initialActionState,
        form({ questionnaireId: quick.id, organisationName: "Acme", respondentRole: "board" }),
      ),
    );
    expect(target).toMatch(/^\/scan\/[A-Za-z0-9_-]{32}$/);
  });
});

describe("saveAnswerAction", () => {
  it.each([
    ["a tampered token", { token: "not-a-token", itemId: item.id, value: 3 }, "errors.invalidAnswer"],
    ["an unknown well-formed token", { token: "A".repeat(32), itemId: item.id, value: 3 }, "errors.scanNotFound"],
    ["an oversized item id", { token: "A".repeat(32), itemId: "x".repeat(5000), value: 3 }, "errors.invalidAnswer"],
  ])("refuses %s", async (_case, input, message) => {
    expect(await saveAnswerAction(input)).toEqual({ ok: false, message });
  });

  it.each([
    ["an unknown item", { itemId: "no-such-item", value: 3 }],
    ["a value outside the scale", { itemId: item.id, value: 7 }],
    ["a value that is not a number", { itemId: item.id, value: "five" as unknown as number }],
  ])("refuses %s and stores nothing", async (_case, answer) => {
    const token = await newScan();
    expect(await saveAnswerAction({ token, ...answer })).toEqual({ ok: false, message: "errors.invalidAnswer" });
    const response = await loadSelfScan({ resumeToken: token });
    expect(response.answers).toEqual([]);
  });

  it("saves a valid answer and is safe to repeat", async () => {
    const token = await newScan();
    expect(await saveAnswerAction({ token, itemId: item.id, value: 4 })).toEqual({ ok: true });
    expect(await saveAnswerAction({ token, itemId: item.id, value: 4 })).toEqual({ ok: true });
    const response = await loadSelfScan({ resumeToken: token });
    expect(response.answers.map((a) => a.value)).toEqual([4]);
  });

  it("refuses answers to a submitted scan", async () => {
    const token = await newScan();
    await saveAnswers({ resumeToken: token, answers: [{ itemId: item.id, value: 2 }] });
    await redirectTarget(() => submitResponseAction(initialActionState, form({ token })));
    expect(await saveAnswerAction({ token, itemId: item.id, value: 5 })).toEqual({
      ok: false,
      message: "errors.alreadySubmitted",
    });
  });
});

describe("saveStepAction", () => {
  it("saves the page's answers and moves to the chosen step", async () => {
    const token = await newScan();
    const target = await redirectTarget(() =>
      saveStepAction(initialActionState, form({ token, goto: "2", [`answer.${item.id}`]: "na" })),
    );
    expect(target).toBe(`/scan/${token}/2`);
    const answer = await db.answer.findFirstOrThrow({ where: { response: { resumeToken: token } } });
    expect(answer).toMatchObject({ value: null, nonAnswer: "na" });
  });

  it("ignores a tampered destination instead of redirecting off-site", async () => {
    const token = await newScan();
    const target = await redirectTarget(() =>
      saveStepAction(initialActionState, form({ token, goto: "https://evil.example" })),
    );
    expect(target).toBe(`/scan/${token}`);
  });

  it("refuses a value outside the scale with a message and stores nothing", async () => {
    const token = await newScan();
    const state = await saveStepAction(initialActionState, form({ token, goto: "2", [`answer.${item.id}`]: "99" }));
    expect(state).toMatchObject({ status: "error", message: "errors.invalidAnswer" });
    expect(await db.answer.count({ where: { response: { resumeToken: token } } })).toBe(0);
  });
});

describe("submitResponseAction", () => {
  it("refuses a tampered token", async () => {
    expect(await submitResponseAction(initialActionState, form({ token: "../../etc" }))).toMatchObject({
      status: "error",
      message: "errors.invalidToken",
    });
  });

  it("submits once; a second submit leads to the same results and creates nothing", async () => {
    const token = await newScan();
    const first = await redirectTarget(() => submitResponseAction(initialActionState, form({ token })));
    const second = await redirectTarget(() => submitResponseAction(initialActionState, form({ token })));
    expect(first).toMatch(/^\/results\/[A-Za-z0-9_-]{32}$/);
    expect(second).toBe(first);
    const response = await loadSelfScan({ resumeToken: token });
    expect(first).toBe(`/results/${response.shareToken}`);
    expect(response.domainScores).toHaveLength(quick.domains.length);
    expect(response.responseDomainScores).toHaveLength(quick.domains.length);
  });
});
