import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCsvInvites, readPastedInvites } from "@/lib/mail/mirror-invite-list";
import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import { hashToken } from "@/lib/security/hash-token";
import { db } from "@/lib/server/db/db";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { addMirrorInvites } from "@/lib/server/mirrors/add-mirror-invites";
import { closeDueMirrors, closeMirror } from "@/lib/server/mirrors/close-mirror";
import { type CreateMirrorInput, createMirror, type MirrorAccess } from "@/lib/server/mirrors/create-mirror";
import { getMirrorCounts, getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";
import { sendMirrorReminders } from "@/lib/server/mirrors/send-mirror-reminders";
import { submitMirrorResponse } from "@/lib/server/mirrors/submit-mirror-response";
import { closeRound } from "@/lib/server/rounds/close-round";
import { openTestRound } from "@/tests/factories/round";
import {
  createTestClient,
  createWorkspaceWithConsultant,
  startTestClientScan,
  submitTestClientScan,
} from "@/tests/factories/workspace";
import { setUpMailSink } from "@/tests/support/mail-sink";

// The organiser's side of a customer mirror (issue 19 §2) on a real database: who may open one, personal links
// from pasted lists and CSV files, reminders, and that closing leaves no address anywhere.

const ORIGIN = "https://kompas.example.nl";
const firstItem = getLatestMirrorQuestionnaire().items[0]?.id ?? "";
const { deliverAll, mailOn } = setUpMailSink();

const INPUT: CreateMirrorInput = {
  scanId: null,
  team: null,
  audience: "external",
  segments: ["particulier", "zakelijk"],
  askNps: true,
  askMark: true,
  askOpen: false,
  closesAt: null,
  reminderDaysBefore: null,
  locale: "nl",
};

const address = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

async function consultantWithScan() {
  const consultant = await createWorkspaceWithConsultant();
  const clientId = await createTestClient(consultant.workspaceId);
  const scan = await submitTestClientScan(consultant.workspaceId, clientId);
  return { consultant, clientId, scanId: scan.id };
}

async function openMirror(access: MirrorAccess, input: Partial<CreateMirrorInput> = {}) {
  const created = await createMirror({ access, input: { ...INPUT, ...input } });
  if (!created.ok) throw new Error(created.error);
  return db.mirror.findUniqueOrThrow({ where: { id: created.mirrorId } });
}

const tokenIn = (text: string) => text.match(/\/c\/i\/([A-Za-z0-9_-]{32})\?lang=(nl|en)/)?.[1] ?? "";

describe("opening a mirror", () => {
  it("pairs with a submitted scan of the consultant's own client, and refuses anyone else", async () => {
    const { consultant, clientId, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    expect(mirror).toMatchObject({ clientId, pairedScanId: scanId, minGroupSize: 5, status: "open" });
    expect(mirror.segments).toBe("particulier\nzakelijk");
    expect(new Set([mirror.organiserToken, mirror.publicToken, mirror.kioskToken, mirror.resultsToken]).size).toBe(4);

    const other = await createWorkspaceWithConsultant();
    expect(await createMirror({ access: { workspaceId: other.workspaceId }, input: { ...INPUT, scanId } })).toEqual({
      ok: false,
      error: "not-found",
    });
    // A self-scan still being filled in has no inside view yet.
    const open = await startTestClientScan(consultant.workspaceId, clientId);
    expect(
      await createMirror({ access: { workspaceId: consultant.workspaceId }, input: { ...INPUT, scanId: open.id } }),
    ).toEqual({ ok: false, error: "not-found" });
  });

  it("lets the holder of a round's organiser link pair with that round (open or closed), for one of its teams", async () => {
    const round = await openTestRound({ teams: "Helpdesk\nVerkoop" });
    const mirror = await openMirror(
      { roundToken: round.organiserToken ?? "" },
      { team: "helpdesk", audience: "internal" },
    );
    expect(mirror).toMatchObject({ pairedScanId: round.id, team: "Helpdesk", audience: "internal", clientId: null });
    expect((await getMirrorForOrganiser(mirror.organiserToken))?.pairedFinal).toBe(false);
    await closeRound({ scanId: round.id });
    expect((await getMirrorForOrganiser(mirror.organiserToken))?.pairedFinal).toBe(true);

    expect(
      await createMirror({ access: { roundToken: round.organiserToken ?? "" }, input: { ...INPUT, team: "Finance" } }),
    ).toEqual({ ok: false, error: "unknown-team" });
    expect(await createMirror({ access: { roundToken: "x".repeat(32) }, input: INPUT })).toEqual({
      ok: false,
      error: "not-found",
    });
  });
});

describe("personal links by mail", () => {
  it("invites a pasted list and a CSV file, reports bad lines by number and skips duplicates", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    const [anna, piet, kees] = [address("anna"), address("piet"), address("kees")];

    const pasted = readPastedInvites(`${anna}, ${piet}\nniet-een-adres\n${anna.toUpperCase()}`, {
      segment: "zakelijk",
    });
    expect(pasted.problems).toEqual([{ line: 2, value: "niet-een-adres", reason: "address" }]);
    expect(pasted.duplicates).toBe(1);
    expect(
      await addMirrorInvites({ mirrorId: mirror.id, entries: pasted.entries, origin: ORIGIN, senderName: "Eva" }),
    ).toEqual({
      ok: true,
      added: 2,
      alreadyInvited: 0,
    });

    const csv = readCsvInvites(
      `email;segment\n${piet};zakelijk\n${kees};Particulier\nfout@;zakelijk\n${address("x")};onbekend`,
      {
        segments: ["particulier", "zakelijk"],
      },
    );
    expect(csv.problems.map((p) => [p.line, p.reason])).toEqual([
      [4, "address"],
      [5, "segment"],
    ]);
    // Piet has his link already: only Kees is new.
    expect(
      await addMirrorInvites({ mirrorId: mirror.id, entries: csv.entries, origin: ORIGIN, senderName: null }),
    ).toEqual({
      ok: true,
      added: 1,
      alreadyInvited: 1,
    });

    const invites = await db.mirrorInvite.findMany({ where: { mirrorId: mirror.id } });
    expect(invites.map((i) => [i.address, i.segment]).sort()).toEqual(
      [
        [anna, "zakelijk"],
        [piet, "zakelijk"],
        [kees, "particulier"],
      ].sort(),
    );
    const outbox = await db.mailOutbox.findMany({
      where: { refType: "mirror-invite", refId: { in: invites.map((i) => i.id) } },
    });
    expect(outbox.map((row) => row.kind)).toEqual(["mirror-invitation", "mirror-invitation", "mirror-invitation"]);

    // Each mail carries a link whose hash is the invite's: the link itself is stored nowhere but in the mail.
    const mails = await deliverAll();
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      const invite = invites.find((i) => i.address === mail.to[0]);
      const token = tokenIn(mail.text);
      expect(hashToken(token)).toBe(invite?.tokenHash);
      expect(mail.text).toContain(`${ORIGIN}/c/i/${token}?lang=nl`);
    }
    expect((await getMirrorCounts(mirror.id)).invited).toBe(3);
  });

  it("refuses while mail is off, and once the mirror is closed", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    const entries = [{ address: address("a"), segment: null }];
    overrideMailConfig(null);
    expect(await addMirrorInvites({ mirrorId: mirror.id, entries, origin: ORIGIN, senderName: null })).toEqual({
      ok: false,
      error: "mail-off",
    });
    mailOn();
    await closeMirror({ mirrorId: mirror.id });
    expect(await addMirrorInvites({ mirrorId: mirror.id, entries, origin: ORIGIN, senderName: null })).toEqual({
      ok: false,
      error: "closed",
    });
  });

  it("reminds unused links only, at most once an hour, with a fresh link that replaces the old one", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    const [a, b] = [address("a"), address("b")];
    await addMirrorInvites({
      mirrorId: mirror.id,
      entries: [a, b].map((x) => ({ address: x, segment: null })),
      origin: ORIGIN,
      senderName: null,
    });
    const invitations = await deliverAll();
    const firstLink = tokenIn(invitations.find((m) => m.to[0] === a)?.text ?? "");
    await db.mirrorInvite.updateMany({ where: { mirrorId: mirror.id, address: b }, data: { usedAt: new Date() } });
    const before = await db.mirrorInvite.findFirstOrThrow({ where: { mirrorId: mirror.id, address: a } });
    expect(await sendMirrorReminders({ mirrorId: mirror.id, origin: ORIGIN, senderName: null })).toEqual({
      ok: true,
      sent: 1,
    });
    const mails = await deliverAll();
    expect(mails.map((m) => [m.to[0], m.subject.startsWith("Herinnering")])).toEqual([[a, true]]);
    const after = await db.mirrorInvite.findFirstOrThrow({ where: { id: before.id } });
    expect(after.tokenHash).not.toBe(before.tokenHash);
    expect(hashToken(tokenIn(mails[0]?.text ?? ""))).toBe(after.tokenHash);
    const again = await sendMirrorReminders({ mirrorId: mirror.id, origin: ORIGIN, senderName: null });
    expect(again).toMatchObject({ ok: false, error: "too-soon" });

    // The customer still filling in the first mail's form loses nothing: that link hands in, once for both links.
    const handIn = (token: string) =>
      submitMirrorResponse({
        link: { kind: "personal", token },
        submission: { answers: { [firstItem]: 4 }, nps: 9, mark: 8, comment: null, segment: null },
        locale: "nl",
      });
    expect(await handIn(firstLink)).toMatchObject({ ok: true });
    expect(await handIn(tokenIn(mails[0]?.text ?? ""))).toMatchObject({ ok: false, error: "used" });
    expect(await db.mirrorResponse.count({ where: { mirrorId: mirror.id } })).toBe(1);
  });
});

describe("closing", () => {
  it("sets every address to null and removes them from the outbox: queued, sent and failed", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    const addresses = [address("q"), address("s"), address("f")];
    await addMirrorInvites({
      mirrorId: mirror.id,
      entries: addresses.map((x) => ({ address: x, segment: null })),
      origin: ORIGIN,
      senderName: null,
    });
    const invites = await db.mirrorInvite.findMany({ where: { mirrorId: mirror.id } });
    const rows = await db.mailOutbox.findMany({ where: { refId: { in: invites.map((i) => i.id) } } });
    await db.mailOutbox.update({ where: { id: rows[1]?.id }, data: { status: "sent", sentAt: new Date() } });
    await db.mailOutbox.update({ where: { id: rows[2]?.id }, data: { status: "failed", lastError: "550" } });

    expect(await closeMirror({ mirrorId: mirror.id })).toEqual({ closed: true });
    expect(await closeMirror({ mirrorId: mirror.id })).toEqual({ closed: false });
    expect(await db.mirrorInvite.count({ where: { mirrorId: mirror.id, address: { not: null } } })).toBe(0);
    expect(await db.mirrorInvite.count({ where: { mirrorId: mirror.id } })).toBe(3);
    expect(
      await db.mailOutbox.count({ where: { refType: "mirror-invite", refId: { in: invites.map((i) => i.id) } } }),
    ).toBe(0);
    expect(await db.mailOutbox.count({ where: { to: { in: addresses } } })).toBe(0);
    const closed = await db.mirror.findUniqueOrThrow({ where: { id: mirror.id } });
    expect(closed.status).toBe("closed");
    expect(closed.closedAt).not.toBeNull();
  });

  it("closes mirrors past their date once, with two servers running the tick at the same time", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const access = { workspaceId: consultant.workspaceId };
    const mirrors = await Promise.all([
      openMirror(access, { scanId }),
      openMirror(access, { scanId }),
      openMirror(access, { scanId }),
    ]);
    const past = new Date(Date.now() - 60_000);
    await db.mirror.updateMany({ where: { id: { in: [mirrors[0].id, mirrors[1].id] } }, data: { closesAt: past } });
    await db.mirror.update({ where: { id: mirrors[2].id }, data: { closesAt: new Date(Date.now() + 86_400_000) } });
    await addMirrorInvites({
      mirrorId: mirrors[2].id,
      entries: [{ address: address("later"), segment: null }],
      origin: ORIGIN,
      senderName: null,
    });
    const now = new Date();
    const due = await db.mirror.count({ where: { status: "open", closesAt: { lte: now } } });
    const [one, two] = await Promise.all([closeDueMirrors({ now }), closeDueMirrors({ now })]);
    expect(one + two).toBe(due);
    const after = await db.mirror.findMany({
      where: { id: { in: mirrors.map((m) => m.id) } },
      orderBy: { closesAt: "asc" },
    });
    expect(after.map((m) => m.status)).toEqual(["closed", "closed", "open"]);
    expect(await db.mirrorInvite.count({ where: { mirrorId: mirrors[2].id, address: { not: null } } })).toBe(1);
    await deliverAll();
  });

  it("closes a mirror past its date when its organiser page loads", async () => {
    const { consultant, scanId } = await consultantWithScan();
    const mirror = await openMirror({ workspaceId: consultant.workspaceId }, { scanId });
    await addMirrorInvites({
      mirrorId: mirror.id,
      entries: [{ address: address("lazy"), segment: null }],
      origin: ORIGIN,
      senderName: null,
    });
    await db.mirror.update({ where: { id: mirror.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect((await getMirrorForOrganiser(mirror.organiserToken))?.closed).toBe(true);
    expect(await db.mirrorInvite.count({ where: { mirrorId: mirror.id, address: { not: null } } })).toBe(0);
  });
});
