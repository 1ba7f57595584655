import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { startRoundAction } from "@/app/actions/rounds/start-round";
import { DEFAULT_MIN_GROUP } from "@/lib/aggregation/minimums";
import { buildExport } from "@/lib/exports/build-export";
import { initialActionState } from "@/lib/forms/action-state";
import { startRoundSchema } from "@/lib/schemas/round";
import { db } from "@/lib/server/db/db";
import { loadExportData } from "@/lib/server/exports/load-export-data";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { closeRound } from "@/lib/server/rounds/close-round";
import { getRoundProgress } from "@/lib/server/rounds/get-round";
import {
  addPersonalLinks,
  claimInvite,
  JOIN_LIMITS,
  joinRound,
  setExpectedRespondents,
} from "@/lib/server/rounds/join-round";
import { getRoundProvenance } from "@/lib/server/rounds/provenance";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { openTestRound } from "@/tests/factories/round";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
} from "@/tests/factories/workspace";
import { setUpMailSink } from "@/tests/support/mail-sink";

// Issue 14, "anonymity that holds when someone tries": padding through the team link is capped (also under
// concurrency) and rate-limited per network and per browser in the database; sealed invitations never show a
// personal link; progress never ties a named invitee to a group; a minimum of 3 or 4 needs a confirmation.

vi.mock("next-intl/server", () => ({ getLocale: async () => "nl" }));

const quick = questionnaireOfKind("quick");
const { deliverAll } = setUpMailSink();

async function openRound(overrides: Record<string, unknown> = {}, clientId?: string) {
  // These tests are about the minimum, so they start from the form's untouched default, not the confirmed 3.
  const defaults = { minGroupSize: String(DEFAULT_MIN_GROUP), confirmSmallGroups: false };
  return openTestRound(
    { organisationName: "Anoniem BV", ...defaults, expectedRespondents: "10", ...overrides },
    clientId,
  );
}

const join = (teamToken: string | null, requester?: { ip: string | null; browserId: string }) =>
  joinRound({ teamToken: teamToken ?? "", role: "employee", team: "", locale: "nl", requester });

async function answerAndSubmit(resumeToken: string) {
  await saveAnswers({ resumeToken, answers: answersWithDomainScores(quick, {}) });
  const submitted = await submitResponse({ resumeToken });
  if (!submitted.ok) throw new Error("submit refused");
}

describe("padding through the team link is bounded", () => {
  it("accepts exactly the expected number of responses and refuses the next, storing nothing", async () => {
    const scan = await openRound({ expectedRespondents: "3" });
    const joins = [await join(scan.teamToken), await join(scan.teamToken), await join(scan.teamToken)];
    expect(joins.every((j) => j.ok)).toBe(true);
    expect(await join(scan.teamToken)).toEqual({ ok: false, error: "full" });
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(3);
    expect(await db.response.count({ where: { scanId: scan.id, source: "team" } })).toBe(3);
  });

  it("never exceeds the cap under 50 concurrent joins", async () => {
    const scan = await openRound({ expectedRespondents: "20" });
    const results = await Promise.all(Array.from({ length: 50 }, () => join(scan.teamToken)));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 30 }, () => ({ ok: false, error: "full" })));
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(20);
  });

  it("lets the organiser raise the cap while open, never below what already came in", async () => {
    const scan = await openRound({ expectedRespondents: "2" });
    await join(scan.teamToken);
    await join(scan.teamToken);
    expect(await join(scan.teamToken)).toMatchObject({ ok: false, error: "full" });
    expect(await setExpectedRespondents({ scanId: scan.id, expected: 1 })).toEqual({
      ok: false,
      error: "below-joined",
      joined: 2,
    });
    expect(await setExpectedRespondents({ scanId: scan.id, expected: 3 })).toEqual({ ok: true });
    expect(await join(scan.teamToken)).toMatchObject({ ok: true });
    expect(await join(scan.teamToken)).toMatchObject({ ok: false, error: "full" });
  });

  it("does not count personal links against the team link's cap", async () => {
    const scan = await openRound({ expectedRespondents: "1" });
    await addPersonalLinks({ scanId: scan.id, invitees: ["Ann", "Bo"], locale: "nl" });
    expect(await join(scan.teamToken)).toMatchObject({ ok: true });
    expect(await join(scan.teamToken)).toMatchObject({ ok: false, error: "full" });
    expect(await db.response.count({ where: { scanId: scan.id, source: "personal" } })).toBe(2);
  });

  it("limits joins per browser, whatever the network, counted in the database", async () => {
    const scan = await openRound({ expectedRespondents: "100" });
    const browserId = randomUUID();
    const results = [];
    for (let i = 0; i < JOIN_LIMITS.browser.maxAttempts + 1; i += 1) {
      results.push(await join(scan.teamToken, { ip: `198.51.100.${i + 1}`, browserId }));
    }
    expect(results.slice(0, JOIN_LIMITS.browser.maxAttempts).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, error: "throttled" });
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(JOIN_LIMITS.browser.maxAttempts);
    // Another browser on the same network still joins.
    expect(await join(scan.teamToken, { ip: "198.51.100.1", browserId: randomUUID() })).toMatchObject({ ok: true });
  });

  it("limits joins per network (an IPv6 /64 counts as one), also when they arrive at once", async () => {
    const scan = await openRound({ expectedRespondents: "200" });
    const max = JOIN_LIMITS.network.maxAttempts;
    const results = await Promise.all(
      Array.from({ length: max + 10 }, (_, i) =>
        join(scan.teamToken, { ip: `2001:db8:1:2::${(i + 1).toString(16)}`, browserId: randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(max);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "throttled")).toBe(true);
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(max);
    // Another network is not affected.
    expect(await join(scan.teamToken, { ip: "203.0.113.9", browserId: randomUUID() })).toMatchObject({ ok: true });
  }, 60_000);
});

describe("sealed invitations", () => {
  it("mails links that never appear in progress, exports, logs or the outbox, and has no team link", async () => {
    const logged: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      }),
    );
    try {
      const { workspaceId } = await createWorkspaceWithConsultant();
      const clientId = await createTestClient(workspaceId);
      const scan = await openRound({ mode: "sealed", expectedRespondents: "" }, clientId);
      expect(scan).toMatchObject({ sealed: true, expectedRespondents: null });
      expect(await join(scan.teamToken)).toEqual({ ok: false, error: "sealed" });

      const tag = randomUUID().slice(0, 8);
      const invitees = ["ann", "bo", "cor"].map((name) => `${name}-${tag}@example.test`);
      const mail = { origin: "https://kompas.example.nl", senderName: "Adviseur" };
      // Names (links to copy) and a sealed round without mail are refused: nothing stored.
      expect(await addPersonalLinks({ scanId: scan.id, invitees: ["Ann"], locale: "nl", mail })).toEqual({
        ok: false,
        error: "sealed",
      });
      expect(await addPersonalLinks({ scanId: scan.id, invitees, locale: "nl" })).toEqual({
        ok: false,
        error: "sealed",
      });
      expect(await db.response.count({ where: { scanId: scan.id } })).toBe(0);
      expect(await addPersonalLinks({ scanId: scan.id, invitees, locale: "nl", mail })).toEqual({
        ok: true,
        added: 3,
        mailed: 3,
      });

      const mails = await deliverAll();
      expect(mails.flatMap((m) => m.to).sort()).toEqual([...invitees].sort());
      const tokens = mails.map((m) => m.text.match(/\/invite\/([A-Za-z0-9_-]{32})/)?.[1] ?? "");
      expect(tokens.every((token) => token.length === 32)).toBe(true);

      // The invitee list is visible (invented addresses would show), the links are not.
      const { personalLinks } = await getRoundProgress({ id: scan.id, minGroupSize: 5, sealed: true });
      expect(personalLinks.map((l) => l.invitee).sort()).toEqual([...invitees].sort());
      expect(personalLinks.every((l) => l.inviteToken === null)).toBe(true);

      for (const [index, token] of tokens.entries()) {
        const claimed = await claimInvite({ inviteToken: token, role: index === 0 ? "board" : "employee", team: "" });
        if (!claimed.ok) throw new Error(claimed.error);
        await answerAndSubmit(claimed.resumeToken);
      }
      await closeRound({ scanId: scan.id });
      expect(await getRoundProvenance(scan.id)).toEqual({ team: 0, personal: 3 });

      const progress = await getRoundProgress({ id: scan.id, minGroupSize: 5, sealed: true });
      const data = await loadExportData({ workspaceId, clientId });
      if (!data) throw new Error("no export data");
      const outbox = await db.mailOutbox.findMany({ where: { to: { in: invitees } } });
      expect(outbox).toHaveLength(3);
      expect(outbox.every((row) => row.status === "sent" && row.text === "" && row.html === "")).toBe(true);
      const everything = [
        JSON.stringify(progress),
        JSON.stringify(data),
        buildExport({ data, kind: "assessments", format: "csv", locale: "nl" }).body,
        buildExport({ data, kind: "answers", format: "json", locale: "nl" }).body,
        JSON.stringify(outbox),
        JSON.stringify(await db.scan.findUniqueOrThrow({ where: { id: scan.id } })),
        logged.join("\n"),
      ].join("\n");
      for (const token of tokens) expect(everything).not.toContain(token);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe("progress never ties a person to a group (attack 4)", () => {
  it("moves no per-role or per-team count when a named invitee submits", async () => {
    const scan = await openRound({ teams: "Verkoop\nService", expectedRespondents: "20" });
    // Five board members through the team link have submitted; Ann and Bo have personal links.
    for (let i = 0; i < 5; i += 1) {
      const joined = await joinRound({ teamToken: scan.teamToken ?? "", role: "board", team: "Verkoop", locale: "nl" });
      if (!joined.ok) throw new Error(joined.error);
      await answerAndSubmit(joined.resumeToken);
    }
    await addPersonalLinks({ scanId: scan.id, invitees: ["Ann", "Bo"], locale: "nl" });
    const before = await getRoundProgress({ id: scan.id, minGroupSize: 5, sealed: false });
    const ann = before.personalLinks.find((link) => link.invitee === "Ann");
    const claimed = await claimInvite({ inviteToken: ann?.inviteToken ?? "", role: "manager", team: "Service" });
    if (!claimed.ok) throw new Error(claimed.error);
    await answerAndSubmit(claimed.resumeToken);
    const after = await getRoundProgress({ id: scan.id, minGroupSize: 5, sealed: false });

    expect(after.personalLinks.find((link) => link.invitee === "Ann")?.status).toBe("submitted");
    // Only the totals moved: nothing per role or team says which group Ann chose.
    expect(after.progress.total.submitted).toBe(before.progress.total.submitted + 1);
    expect(after.progress.byRole).toEqual(before.progress.byRole);
    expect(after.progress.byTeam).toEqual(before.progress.byTeam);
    expect(after.progress.byRole).toEqual([]);
    expect(after.progress.byTeam).toEqual([]);
  });
});

describe("minimum group size", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    const all = {
      submitKey: "",
      organisationName: `Klein ${randomUUID().slice(0, 8)}`,
      kind: "quick",
      locale: "nl",
      roles: "board",
      expectedRespondents: "10",
      ...fields,
    };
    for (const [key, value] of Object.entries(all)) data.append(key, value);
    return { data, name: all.organisationName };
  };

  it("defaults to 5", () => {
    const parsed = startRoundSchema.parse({
      organisationName: "X",
      kind: "quick",
      locale: "nl",
      closesAt: "",
      roles: ["board"],
      expectedRespondents: "8",
    });
    expect(parsed.minGroupSize).toBe(5);
  });

  it.each(["3", "4"])("refuses %s without the confirmation, storing nothing", async (min) => {
    const { data, name } = form({ minGroupSize: min });
    const state = await startRoundAction(initialActionState, data);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { confirmSmallGroups: "anonymity.errors.confirmSmallGroups" },
    });
    expect(await db.scan.count({ where: { organisationName: name } })).toBe(0);
  });

  it("accepts 3 with the confirmation", () => {
    const parsed = startRoundSchema.safeParse({
      organisationName: "X",
      kind: "quick",
      locale: "nl",
      closesAt: "",
      roles: ["board"],
      minGroupSize: "3",
      confirmSmallGroups: true,
      expectedRespondents: "8",
    });
    expect(parsed.success && parsed.data.minGroupSize).toBe(3);
  });

  it("refuses a team-link round without the expected respondents, and sealed without mail, storing nothing", async () => {
    const missing = form({ expectedRespondents: "" });
    expect(await startRoundAction(initialActionState, missing.data)).toMatchObject({
      fieldErrors: { expectedRespondents: "anonymity.errors.expected" },
    });
    overrideMailConfig(undefined);
    const sealed = form({ mode: "sealed", expectedRespondents: "" });
    expect(await startRoundAction(initialActionState, sealed.data)).toMatchObject({
      fieldErrors: { mode: "anonymity.errors.sealedNeedsMail" },
    });
    expect(await db.scan.count({ where: { organisationName: { in: [missing.name, sealed.name] } } })).toBe(0);
  });
});
