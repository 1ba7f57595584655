import { describe, expect, it, vi } from "vitest";
import { submitMirrorResponseAction } from "@/app/actions/mirrors/submit-mirror-response";
import { initialActionState } from "@/lib/forms/action-state";
import { db } from "@/lib/server/db/db";
import { getMirrorForm } from "@/lib/server/mirrors/get-mirror-form";
import {
  MIRROR_LIMITS,
  type MirrorSubmission,
  submitMirrorResponse,
} from "@/lib/server/mirrors/submit-mirror-response";
import { buildTestMirrorQuestionnaire, createTestMirror } from "@/tests/factories/mirror";

// The customer's side of a mirror (issue 19 §2, §5) on a real database: npm test runs this file on SQLite and on
// PostgreSQL. The mirror is opened with a small test questionnaire, served by the registry as a shipped one is.

const fixture = buildTestMirrorQuestionnaire();
vi.mock("@/lib/questionnaire/mirror-registry", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/questionnaire/mirror-registry")>();
  return {
    ...actual,
    getMirrorQuestionnaire: (id: string, version: number) =>
      id === fixture.id && version === fixture.version ? fixture : actual.getMirrorQuestionnaire(id, version),
  };
});
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const [a1, a2, b1, b2] = fixture.items.map((item) => item.id) as [string, string, string, string];

function openMirror(options: Parameters<typeof createTestMirror>[0] = {}) {
  return createTestMirror({ questionnaire: fixture, ...options });
}

function answers(overrides: Partial<MirrorSubmission> = {}): MirrorSubmission {
  return {
    answers: { [a1]: 4, [a2]: "dk", [b1]: 2, [b2]: "na" },
    nps: 9,
    mark: 8,
    comment: null,
    segment: null,
    ...overrides,
  };
}

const storedFor = (mirrorId: string) => db.mirrorResponse.count({ where: { mirrorId } });

describe("customers answering a mirror", () => {
  it("stores all 300 customers who hand in at once through the public link, with every answer", async () => {
    const { mirror, publicToken } = await openMirror();
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        submitMirrorResponse({
          link: { kind: "public", token: publicToken },
          submission: answers({ nps: i % 11, mark: (i % 10) + 1 }),
          locale: i % 2 ? "nl" : "en",
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(300);
    expect(await storedFor(mirror.id)).toBe(300);
    expect(await db.mirrorAnswer.count({ where: { response: { mirrorId: mirror.id } } })).toBe(1200);
    const rows = await db.mirrorResponse.findMany({
      where: { mirrorId: mirror.id },
      select: { nps: true, source: true },
    });
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(["public"]));
    expect(rows.reduce((sum, r) => sum + (r.nps ?? 0), 0)).toBe(
      Array.from({ length: 300 }, (_, i) => i % 11).reduce((s, v) => s + v, 0),
    );
  }, 120_000);

  it("stores the answers as given: scale points as values, don't know and not applicable as non-answers", async () => {
    const { mirror, publicToken } = await openMirror({ askOpen: true });
    const result = await submitMirrorResponse({
      link: { kind: "public", token: publicToken },
      submission: answers({ comment: "  Sneller terugbellen  " }),
      locale: "nl",
    });
    expect(result).toEqual({ ok: true });
    const row = await db.mirrorResponse.findFirstOrThrow({
      where: { mirrorId: mirror.id },
      include: { answers: true },
    });
    expect(row).toMatchObject({ source: "public", nps: 9, mark: 8, comment: "Sneller terugbellen", segment: null });
    expect(Object.fromEntries(row.answers.map((x) => [x.itemId, x.value ?? x.nonAnswer]))).toEqual({
      [a1]: 4,
      [a2]: "dk",
      [b1]: 2,
      [b2]: "na",
    });
  });

  it("counts the public link per browser and per network, and says when to try again", async () => {
    const { mirror, publicToken } = await openMirror();
    const limits = {
      public: { browser: { maxAttempts: 2, windowMinutes: 60 }, network: { maxAttempts: 3, windowMinutes: 60 } },
      kiosk: { network: { maxAttempts: 4, windowMinutes: 60 } },
    };
    const send = (browserId: string, ip = "203.0.113.7") =>
      submitMirrorResponse({
        link: { kind: "public", token: publicToken },
        submission: answers(),
        locale: "nl",
        requester: { ip, browserId },
        limits,
      });
    expect(await send("browser-a")).toEqual({ ok: true });
    expect(await send("browser-a")).toEqual({ ok: true });
    const byBrowser = await send("browser-a");
    expect(byBrowser).toMatchObject({ ok: false, error: "throttled" });
    expect(byBrowser.ok === false && byBrowser.error === "throttled" && byBrowser.retryAfterSeconds).toBeGreaterThan(0);
    expect(await send("browser-b")).toEqual({ ok: true });
    // The network's three are used up: a fourth browser behind the same address waits too.
    expect(await send("browser-c")).toMatchObject({ ok: false, error: "throttled" });
    // Another network is counted apart (an IPv6 customer per /64).
    expect(await send("browser-d", "2001:db8:1:2::5")).toEqual({ ok: true });
    expect(await send("browser-e", "2001:db8:1:2::99")).toEqual({ ok: true });
    expect(await send("browser-f", "2001:db8:1:2::100")).toEqual({ ok: true });
    expect(await send("browser-g", "2001:db8:1:2::101")).toMatchObject({ ok: false, error: "throttled" });
    expect(await storedFor(mirror.id)).toBe(6);
  });

  it("gives the kiosk its own, higher network limit, without a browser limit", async () => {
    const { mirror, kioskToken } = await openMirror();
    const limits = {
      public: { browser: { maxAttempts: 1, windowMinutes: 60 }, network: { maxAttempts: 1, windowMinutes: 60 } },
      kiosk: { network: { maxAttempts: 3, windowMinutes: 60 } },
    };
    const send = () =>
      submitMirrorResponse({
        link: { kind: "kiosk", token: kioskToken },
        submission: answers(),
        locale: "nl",
        requester: { ip: "198.51.100.4", browserId: "" },
        limits,
      });
    expect([await send(), await send(), await send()]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await send()).toMatchObject({ ok: false, error: "throttled" });
    const rows = await db.mirrorResponse.findMany({ where: { mirrorId: mirror.id }, select: { source: true } });
    expect(rows.map((r) => r.source)).toEqual(["kiosk", "kiosk", "kiosk"]);
  });

  it("has limits that let a reception desk work and still bound the kiosk", () => {
    expect(MIRROR_LIMITS.public.network.maxAttempts).toBeGreaterThanOrEqual(60);
    expect(MIRROR_LIMITS.kiosk.network.maxAttempts).toBeGreaterThan(MIRROR_LIMITS.public.network.maxAttempts);
    expect(Number.isFinite(MIRROR_LIMITS.kiosk.network.maxAttempts)).toBe(true);
  });

  it("takes one response through a personal link handed in twice at once, not linked to the invite", async () => {
    const { mirror, inviteTokens } = await openMirror({
      segments: "Particulier\nZakelijk",
      invites: [{ address: "klant@example.org", segment: "Zakelijk" }],
    });
    const token = inviteTokens[0] ?? "";
    const link = { kind: "personal", token } as const;
    const results = await Promise.all(
      Array.from({ length: 2 }, () =>
        submitMirrorResponse({ link, submission: answers({ segment: "Particulier" }), locale: "nl" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "used" }]);
    const rows = await db.mirrorResponse.findMany({ where: { mirrorId: mirror.id } });
    expect(rows).toHaveLength(1);
    // The invite fixes the segment; the response holds nothing that points back at the invite or its address.
    expect(rows[0]).toMatchObject({ source: "personal", segment: "Zakelijk" });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ["comment", "id", "locale", "mark", "mirrorId", "nps", "segment", "source"].sort(),
    );
    const invite = await db.mirrorInvite.findFirstOrThrow({ where: { mirrorId: mirror.id } });
    // Used on a day, with no time that could be matched with the response's; the response's id is random (uuid v4),
    // not a cuid carrying the moment it was made.
    expect(invite.usedAt?.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(invite.tokenHash).not.toBe(token);
    expect(await getMirrorForm(link, "nl")).toEqual({ status: "used", organisationName: "Spiegel BV" });
    expect(await submitMirrorResponse({ link, submission: answers(), locale: "nl" })).toEqual({
      ok: false,
      error: "used",
    });
  });

  it("refuses a closed mirror, closed by hand or by its date, storing nothing", async () => {
    const closed = await openMirror({ status: "closed" });
    const lapsed = await openMirror({ closesAt: new Date(Date.now() - 60_000), invites: [{}] });
    for (const link of [
      { kind: "public", token: closed.publicToken },
      { kind: "kiosk", token: closed.kioskToken },
      { kind: "public", token: lapsed.publicToken },
      { kind: "personal", token: lapsed.inviteTokens[0] ?? "" },
    ] as const) {
      expect(await submitMirrorResponse({ link, submission: answers(), locale: "nl" })).toEqual({
        ok: false,
        error: "closed",
      });
      expect(await getMirrorForm(link, "nl")).toMatchObject({ status: "closed" });
    }
    expect(await storedFor(closed.mirror.id)).toBe(0);
    expect(await storedFor(lapsed.mirror.id)).toBe(0);
    expect((await db.mirrorInvite.findFirstOrThrow({ where: { mirrorId: lapsed.mirror.id } })).usedAt).toBeNull();
  });

  it("refuses bad input with the field it is about, storing nothing", async () => {
    const { mirror, publicToken } = await openMirror({ segments: "Particulier\nZakelijk", askOpen: true });
    const link = { kind: "public", token: publicToken } as const;
    const cases: [Partial<MirrorSubmission>, string][] = [
      [{ answers: { "no-such-item": 3 } }, "answers"],
      [{ answers: { [a1]: 6 } }, "answers"],
      [{ answers: { [a1]: 0 } }, "answers"],
      [{ answers: { [a1]: 2.5 } }, "answers"],
      [{ nps: 11 }, "nps"],
      [{ nps: -1 }, "nps"],
      [{ mark: 0 }, "mark"],
      [{ mark: 11 }, "mark"],
      [{ comment: "x".repeat(fixture.appreciation.open.maxLength + 1) }, "comment"],
      [{ segment: "Overheid" }, "segment"],
    ];
    for (const [overrides, field] of cases) {
      const result = await submitMirrorResponse({ link, submission: answers(overrides), locale: "nl" });
      expect(result, field).toEqual({ ok: false, error: "invalid", field });
    }
    // Nothing to count: no statement answered on the scale and no NPS or mark (a comment alone is not enough).
    expect(
      await submitMirrorResponse({
        link,
        submission: { answers: { [a1]: "dk" }, nps: null, mark: null, comment: "Hallo", segment: null },
        locale: "nl",
      }),
    ).toEqual({ ok: false, error: "empty" });
    expect(await storedFor(mirror.id)).toBe(0);
  });

  it("refuses what the mirror does not ask, and accepts a response with only a mark", async () => {
    const { mirror, publicToken } = await openMirror({ askNps: false, askOpen: false });
    const link = { kind: "public", token: publicToken } as const;
    expect(await submitMirrorResponse({ link, submission: answers(), locale: "nl" })).toMatchObject({
      field: "nps",
    });
    expect(
      await submitMirrorResponse({ link, submission: answers({ nps: null, comment: "Hoi" }), locale: "nl" }),
    ).toMatchObject({ field: "comment" });
    expect(
      await submitMirrorResponse({
        link,
        submission: { answers: {}, nps: null, mark: 7, comment: null, segment: null },
        locale: "nl",
      }),
    ).toEqual({ ok: true });
    expect(await storedFor(mirror.id)).toBe(1);
    const form = await getMirrorForm(link, "en");
    expect(form?.status === "open" && form.form.nps).toBeNull();
    expect(form?.status === "open" && form.form.open).toBeNull();
  });

  it("shows the form in the customer's language, per domain, with the organisation in the open question", async () => {
    const { publicToken, inviteTokens } = await openMirror({
      organisationName: "Gemeente Oost",
      team: "Helpdesk",
      audience: "internal",
      segments: "Particulier\nZakelijk",
      invites: [{ segment: "Particulier" }],
    });
    const result = await getMirrorForm({ kind: "public", token: publicToken }, "en");
    if (result?.status !== "open") throw new Error("expected an open form");
    const { form } = result;
    expect(form.domains.map((d) => d.items.map((i) => i.id))).toEqual([
      [a1, a2],
      [b1, b2],
    ]);
    expect(form.domains[0]?.name).not.toBe(form.domains[0]?.id);
    expect(form.instruction).toBe(fixture.audiences.internal.instruction.en);
    expect(form.open?.question).toBe("What should Helpdesk do better?");
    expect(form.nps?.question).toBe("Would you recommend Helpdesk?");
    expect(form.segments).toEqual(["Particulier", "Zakelijk"]);
    expect(form.scale.map((p) => p.label)).toEqual(["Never", "Rarely", "Sometimes", "Often", "Always"]);
    // A personal link's invite fixes the segment: its form does not ask it.
    const personal = await getMirrorForm({ kind: "personal", token: inviteTokens[0] ?? "" }, "nl");
    expect(personal?.status === "open" && personal.form.segments).toEqual([]);
    expect(await getMirrorForm({ kind: "public", token: "x".repeat(32) }, "nl")).toBeNull();
  });
});

describe("the customer's form action", () => {
  const post = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return submitMirrorResponseAction(initialActionState, form);
  };

  it("gives a clear message and every choice back when it refuses, storing nothing", async () => {
    const { mirror, publicToken } = await openMirror({ segments: "Particulier" });
    const base = { kind: "public", token: publicToken, [`answer.${a1}`]: "4", [`answer.${a2}`]: "dk" };
    const nps = await post({ ...base, nps: "11", mark: "8" });
    expect(nps).toMatchObject({
      status: "error",
      message: "mirrorRespond.errors.check",
      fieldErrors: { nps: "mirrorRespond.errors.nps" },
      fields: { [`answer.${a1}`]: "4", [`answer.${a2}`]: "dk", nps: "11", mark: "8" },
    });
    expect(await post({ ...base, mark: "0" })).toMatchObject({ fieldErrors: { mark: "mirrorRespond.errors.mark" } });
    expect(await post({ ...base, segment: "Zakelijk" })).toMatchObject({
      fieldErrors: { segment: "mirrorRespond.errors.segment" },
      fields: { segment: "Zakelijk" },
    });
    expect(await post({ ...base, "answer.nope": "3" })).toMatchObject({
      fieldErrors: { answers: "mirrorRespond.errors.answers" },
    });
    expect(await post({ ...base, comment: "x".repeat(2001) })).toMatchObject({
      fieldErrors: { comment: "mirrorRespond.errors.comment" },
    });
    expect(await post({ kind: "public", token: publicToken, [`answer.${a1}`]: "na" })).toMatchObject({
      message: "mirrorRespond.errors.empty",
    });
    expect(await post({ ...base, kind: "other" })).toMatchObject({ message: "mirrorRespond.errors.notFound" });
    expect(await storedFor(mirror.id)).toBe(0);
  });

  it("thanks the customer on a page of its own, and stores one response per submit key", async () => {
    const { mirror, publicToken, kioskToken } = await openMirror();
    const submitKey = "k".repeat(32);
    const fields = { kind: "public", token: publicToken, [`answer.${a1}`]: "5", submitKey };
    for (let i = 0; i < 2; i++) {
      const error = await post(fields).then(
        () => undefined,
        (e: unknown) => e as { digest?: string },
      );
      expect(error?.digest).toContain(`/c/${publicToken}/thanks`);
    }
    expect(await storedFor(mirror.id)).toBe(1);
    const kiosk = await post({ kind: "kiosk", token: kioskToken, [`answer.${a1}`]: "3" }).then(
      () => undefined,
      (e: unknown) => e as { digest?: string },
    );
    expect(kiosk?.digest).toContain(`/kiosk/${kioskToken}/thanks`);
    expect(kiosk?.digest).toContain("replace");
  });
});
