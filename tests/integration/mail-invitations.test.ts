import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/mail-backoff";
import { startClientScan } from "@/lib/server/clients/client-scans";
import { queueScanInvitation, resendScanInvitation, sendScanReminder } from "@/lib/server/clients/scan-mail";
import { db } from "@/lib/server/db/db";
import { deliverDueMail } from "@/lib/server/mail/deliver-outbox";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { addPersonalLinks, claimInvite } from "@/lib/server/rounds/join-round";
import {
  countFailedInvitations,
  getInviteeMail,
  resendRoundInvitation,
  sendDueAutoReminders,
  sendRoundReminders,
  setRoundReminderDays,
} from "@/lib/server/rounds/round-mail";
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
import type { ReceivedMail } from "@/tests/support/smtp-sink";

// Invitations and reminders of personal links and self-scans, end to end against a real SMTP server on loopback.

const ORIGIN = "https://kompas.example.nl";

const { sink, deliverAll } = setUpMailSink();

const address = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

async function openRound(overrides: Record<string, unknown> = {}, clientId?: string) {
  return openTestRound({ organisationName: "Zorggroep Noord", expectedRespondents: "30", ...overrides }, clientId);
}

const inviteTokenIn = (mail: ReceivedMail | undefined) =>
  mail?.text.match(/\/invite\/([A-Za-z0-9_-]{32})\?lang=(nl|en)/);

/** The respondent opens the link from their mail, chooses a role, answers everything and submits. */
async function submitFromMail(mail: ReceivedMail | undefined) {
  const token = inviteTokenIn(mail)?.[1] ?? "";
  const claimed = await claimInvite({ inviteToken: token, role: "employee", team: "" });
  if (!claimed.ok) throw new Error(claimed.error);
  await saveAnswers({
    resumeToken: claimed.resumeToken,
    answers: answersWithDomainScores(questionnaireOfKind("quick"), {}),
  });
  const submitted = await submitResponse({ resumeToken: claimed.resumeToken });
  if (!submitted.ok) throw new Error("submit refused");
}

describe("invitations for personal links", () => {
  it("mails each address its own personal link in the round's language; names get no mail", async () => {
    const scan = await openRound({ locale: "en" });
    const [anna, piet] = [address("anna"), address("piet")];
    const added = await addPersonalLinks({
      scanId: scan.id,
      invitees: [anna, "Kees (no address)", piet],
      locale: "en",
      mail: { origin: ORIGIN, senderName: "Eva Jansen" },
    });
    expect(added).toEqual({ ok: true, added: 3, mailed: 2 });
    const mails = await deliverAll();
    expect(mails.map((m) => m.to[0]).sort()).toEqual([anna, piet].sort());
    const responses = await db.response.findMany({ where: { scanId: scan.id } });
    for (const mail of mails) {
      const response = responses.find((r) => r.invitee === mail.to[0]);
      expect(mail.subject).toBe("Invitation: how customer-centric is Zorggroep Noord?");
      expect(mail.text).toContain(`${ORIGIN}/invite/${response?.inviteToken}?lang=en`);
      expect(mail.text).toContain("Eva Jansen");
      expect(mail.html).toContain(`href="${ORIGIN}/invite/${response?.inviteToken}?lang=en"`);
      // Never the resume token: only the respondent's browser gets one, when they open the link.
      expect(mail.text).not.toContain(response?.resumeToken ?? "-");
    }
    const state = await getInviteeMail(responses.map((r) => r.id));
    expect([...state.values()].map((s) => s.invitation)).toEqual(["sent", "sent"]);
    // The same list again: nobody gets a second link or a second invitation.
    const again = await addPersonalLinks({
      scanId: scan.id,
      invitees: [anna, piet],
      locale: "en",
      mail: { origin: ORIGIN, senderName: null },
    });
    expect(again).toEqual({ ok: true, added: 0, mailed: 0 });
    expect(await deliverAll()).toEqual([]);
  });

  it("mails at most the cap for a round without an account, counted across lists sent at once; a list over it stores nothing", async () => {
    const scan = await openRound();
    const list = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => address(`${prefix}${i}`));
    const mail = { origin: ORIGIN, senderName: null };
    // Three lists of 20 at once against a cap of 50: two fit, the third is refused whole.
    const results = await Promise.all(
      ["a", "b", "c"].map((prefix) =>
        addPersonalLinks({ scanId: scan.id, invitees: list(prefix, 20), locale: "nl", mail, mailCap: 50 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "mail-limit" }]);
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(40);
    expect(
      await db.mailOutbox.count({
        where: { refId: { in: (await db.response.findMany({ where: { scanId: scan.id } })).map((r) => r.id) } },
      }),
    ).toBe(40);
    // Names without an address are not mail and do not count.
    expect(
      await addPersonalLinks({ scanId: scan.id, invitees: ["Kees", "Anna"], locale: "nl", mail, mailCap: 50 }),
    ).toEqual({ ok: true, added: 2, mailed: 0 });
    await deliverAll();
  });

  it("with mail off stores the links, no mail, and the app works as before", async () => {
    overrideMailConfig(null);
    const scan = await openRound();
    const added = await addPersonalLinks({
      scanId: scan.id,
      invitees: [address("a"), address("b")],
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
    });
    expect(added).toEqual({ ok: true, added: 2, mailed: 0 });
    expect(
      await db.mailOutbox.count({
        where: { refId: { in: (await db.response.findMany({ where: { scanId: scan.id } })).map((r) => r.id) } },
      }),
    ).toBe(0);
    expect((await sendRoundReminders({ scanId: scan.id, origin: ORIGIN, senderName: null })).ok).toBe(false);
  });

  it("shows a failed invitation with its reason, and sends it again on request", async () => {
    const scan = await openRound();
    const to = address("fails");
    await addPersonalLinks({
      scanId: scan.id,
      invitees: [to],
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
    });
    sink().refuseNext(100);
    let now = new Date();
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i += 1) {
      await deliverDueMail({ now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    const response = await db.response.findFirstOrThrow({ where: { scanId: scan.id } });
    const failed = (await getInviteeMail([response.id])).get(response.id);
    expect(failed).toMatchObject({ invitation: "failed", to });
    expect(failed?.lastError).toMatch(/451/);
    // Another round's organiser cannot resend it.
    const other = await openRound();
    expect(await resendRoundInvitation({ scanId: other.id, mailId: failed?.mailId ?? "" })).toBe(false);
    sink().refuseNext(0);
    expect(await resendRoundInvitation({ scanId: scan.id, mailId: failed?.mailId ?? "" })).toBe(true);
    expect(await resendRoundInvitation({ scanId: scan.id, mailId: failed?.mailId ?? "" })).toBe(false);
    const [mail] = await deliverAll();
    expect(mail?.to).toEqual([to]);
    expect((await getInviteeMail([response.id])).get(response.id)?.invitation).toBe("sent");
  });
});

describe("the client page", () => {
  it("counts a client round's undelivered invitations, for its own workspace only", async () => {
    const { workspaceId } = await createWorkspaceWithConsultant();
    const clientId = await createTestClient(workspaceId);
    const scan = await openRound({}, clientId);
    await addPersonalLinks({
      scanId: scan.id,
      invitees: [address("x"), address("y")],
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
    });
    sink().refuseNext(100);
    let now = new Date();
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i += 1) {
      await deliverDueMail({ now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    expect(await countFailedInvitations({ workspaceId, scanIds: [scan.id] })).toEqual(new Map([[scan.id, 2]]));
    const stranger = await createWorkspaceWithConsultant();
    expect((await countFailedInvitations({ workspaceId: stranger.workspaceId, scanIds: [scan.id] })).size).toBe(0);
  });
});

describe("reminders", () => {
  it("reach only those who have not submitted, once per hour however often the button is pressed", async () => {
    const scan = await openRound();
    const people = [address("een"), address("twee"), address("drie")];
    await addPersonalLinks({
      scanId: scan.id,
      invitees: people,
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
    });
    const invitations = await deliverAll();
    const first = invitations.find((m) => m.to[0] === people[0]);
    await submitFromMail(first);

    const now = new Date();
    const results = await Promise.all(
      [1, 2, 3].map(() => sendRoundReminders({ scanId: scan.id, origin: ORIGIN, senderName: null, now })),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, sent: 2 }]);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "too-soon")).toBe(true);
    const reminders = await deliverAll();
    expect(reminders.map((m) => m.to[0]).sort()).toEqual([people[1], people[2]].sort());
    for (const mail of reminders) {
      expect(mail.subject).toBe("Herinnering: de Klantkompas-scan van Zorggroep Noord");
      const invitation = invitations.find((m) => m.to[0] === mail.to[0]);
      // The same personal link as the invitation.
      expect(inviteTokenIn(mail)?.[1]).toBe(inviteTokenIn(invitation)?.[1]);
    }
    // Within the hour: refused. After it: the next one, still only to those who have not submitted.
    expect(
      await sendRoundReminders({
        scanId: scan.id,
        origin: ORIGIN,
        senderName: null,
        now: new Date(now.getTime() + 30 * 60_000),
      }),
    ).toMatchObject({ ok: false, error: "too-soon" });
    await submitFromMail(invitations.find((m) => m.to[0] === people[1]));
    expect(
      await sendRoundReminders({
        scanId: scan.id,
        origin: ORIGIN,
        senderName: null,
        now: new Date(now.getTime() + 61 * 60_000),
      }),
    ).toEqual({ ok: true, sent: 1 });
    expect((await deliverAll()).map((m) => m.to[0])).toEqual([people[2]]);
    const responses = await db.response.findMany({ where: { scanId: scan.id } });
    const third = responses.find((r) => r.invitee === people[2]);
    expect((await getInviteeMail([third?.id ?? ""])).get(third?.id ?? "")?.reminders).toBe(2);
  });

  it("sends the automatic reminder once, the chosen days before the closing date", async () => {
    const closes = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const scan = await openRound({ closesAt: closes });
    const [a, b] = [address("auto-a"), address("auto-b")];
    await addPersonalLinks({
      scanId: scan.id,
      invitees: [a, b],
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
    });
    const invitations = await deliverAll();
    await submitFromMail(invitations.find((m) => m.to[0] === a));
    expect(await setRoundReminderDays({ scanId: scan.id, days: 2 })).toBe(true);
    const closesAt = (await db.scan.findUniqueOrThrow({ where: { id: scan.id } })).closesAt as Date;
    // Not yet due three days before.
    expect(await sendDueAutoReminders({ now: new Date(closesAt.getTime() - 3 * 86_400_000) })).toBe(0);
    const due = new Date(closesAt.getTime() - 2 * 86_400_000 + 60_000);
    // Two servers' loops at once: one reminder.
    const sent = await Promise.all([sendDueAutoReminders({ now: due }), sendDueAutoReminders({ now: due })]);
    expect(sent.reduce((x, y) => x + y, 0)).toBe(1);
    expect((await deliverAll()).map((m) => m.to[0])).toEqual([b]);
    expect(await sendDueAutoReminders({ now: new Date(due.getTime() + 3_600_000 * 5) })).toBe(0);
    expect((await db.scan.findUniqueOrThrow({ where: { id: scan.id } })).autoReminderSentAt).not.toBeNull();
    // Toggling the setting does not send the list again (it once did, each time: a mailer without a cap).
    expect(await setRoundReminderDays({ scanId: scan.id, days: 1 })).toBe(true);
    expect(await setRoundReminderDays({ scanId: scan.id, days: 2 })).toBe(true);
    expect(await sendDueAutoReminders({ now: new Date(closesAt.getTime() - 86_400_000 + 60_000) })).toBe(0);
  });
});

describe("a client's self-scan by mail", () => {
  it("invites the respondent, reminds them until they submit, and resends a failed invitation", async () => {
    const { workspaceId, name } = await createWorkspaceWithConsultant();
    const clientId = await createTestClient(workspaceId, { name: "Bakkerij Korf" });
    const started = await startClientScan({
      workspaceId,
      input: { clientId, kind: "quick", locale: "en", respondentRole: "manager" },
    });
    if (!started.ok) throw new Error(started.error);
    const to = address("manager");
    sink().refuseNext(100);
    expect(
      await queueScanInvitation({ workspaceId, scanId: started.scanId, to, origin: ORIGIN, senderName: name }),
    ).not.toBeNull();
    let now = new Date();
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i += 1) {
      await deliverDueMail({ now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    // A failed invitation gets no reminder; it is sent again instead (only by its own workspace).
    expect(
      await sendScanReminder({ workspaceId, clientId, scanId: started.scanId, origin: ORIGIN, senderName: name }),
    ).toEqual({ ok: true, sent: 0 });
    const stranger = await createWorkspaceWithConsultant();
    expect(await resendScanInvitation({ workspaceId: stranger.workspaceId, clientId, scanId: started.scanId })).toBe(
      false,
    );
    sink().refuseNext(0);
    expect(await resendScanInvitation({ workspaceId, clientId, scanId: started.scanId })).toBe(true);
    const [invitation] = await deliverAll();
    expect(invitation?.subject).toBe("Would you fill in the Klantkompas quick scan for Bakkerij Korf?");
    expect(invitation?.text).toContain(`${ORIGIN}/scan/${started.resumeToken}?lang=en`);
    expect(invitation?.text).toContain(`by ${name}, on behalf of Bakkerij Korf`);

    expect(
      await sendScanReminder({
        workspaceId: stranger.workspaceId,
        clientId,
        scanId: started.scanId,
        origin: ORIGIN,
        senderName: null,
      }),
    ).toEqual({ ok: false, error: "not-found" });
    expect(
      await sendScanReminder({ workspaceId, clientId, scanId: started.scanId, origin: ORIGIN, senderName: name }),
    ).toEqual({ ok: true, sent: 1 });
    expect(
      (await sendScanReminder({ workspaceId, clientId, scanId: started.scanId, origin: ORIGIN, senderName: name })).ok,
    ).toBe(false);
    const [reminder] = await deliverAll();
    expect(reminder?.subject).toBe("Reminder: the Klantkompas quick scan for Bakkerij Korf");

    await saveAnswers({
      resumeToken: started.resumeToken,
      answers: answersWithDomainScores(questionnaireOfKind("quick"), {}),
    });
    await submitResponse({ resumeToken: started.resumeToken });
    await db.scan.update({ where: { id: started.scanId }, data: { lastReminderAt: null } });
    expect(
      await sendScanReminder({ workspaceId, clientId, scanId: started.scanId, origin: ORIGIN, senderName: name }),
    ).toEqual({ ok: true, sent: 0 });
  });
});
