import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auth } from "@/lib/server/auth/auth";
import {
  afterSignUp,
  checkVerificationToken,
  confirmEmail,
  createVerificationLink,
  resendVerificationMail,
  VERIFY_RESEND_RULE,
} from "@/lib/server/auth/email-verification";
import { startClientScan } from "@/lib/server/clients/client-scans";
import { queueScanInvitation } from "@/lib/server/clients/scan-mail";
import { db } from "@/lib/server/db/db";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { MailRefusedError, overrideDailyCaps } from "@/lib/server/mail/mail-quota";
import { addPersonalLinks } from "@/lib/server/rounds/join-round";
import { ensureWorkspace } from "@/lib/server/workspaces/ensure-workspace";
import { acceptInvitation, createInvitation } from "@/lib/server/workspaces/invitations";
import { createTestRound } from "@/tests/factories/round";
import { createTestClient, createWorkspaceWithConsultant, TEST_PASSWORD } from "@/tests/factories/workspace";
import { setUpMailSink } from "@/tests/support/mail-sink";

// Issue 15, finding 3: a free, unverified account was a mass mailer (300 + 300 invitations delivered, with an
// organisation and sender name of the attacker's choosing). Against a real SMTP server on loopback.

// The network the "request" comes from (enqueueMail reads it through lib/server/http/request-origin outside a real request).
const network = vi.hoisted(() => ({ ip: null as string | null }));
vi.mock("@/lib/server/http/request-origin", () => ({
  getClientAddress: async () => network.ip,
  getRequestOrigin: async () => "https://kompas.example.nl",
}));

const ORIGIN = "https://kompas.example.nl";
const { deliverAll: deliverInBatches } = setUpMailSink();
afterEach(() => {
  overrideDailyCaps(undefined);
  network.ip = null;
});

const unique = () => randomUUID().slice(0, 8);
const addresses = (count: number) => {
  const batch = unique();
  return Array.from({ length: count }, (_, i) => `ontvanger-${batch}-${i}@example.test`);
};

// Hundreds of mails per test here, so bigger passes.
const deliverAll = () => deliverInBatches(500);

/** Signs up the way the form does (better-auth, no verification) and makes the workspace of the first sign-in. */
async function signUpUnverified(name = "Nieuw Account") {
  const email = `nieuw-${unique()}@example.test`;
  await auth.api.signUpEmail({ body: { name, email, password: TEST_PASSWORD } });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const { workspaceId } = await ensureWorkspace({ userId: user.id, name });
  return { userId: user.id, email, workspaceId };
}

async function openClientRound(workspaceId: string, organisationName = "Zorggroep Noord") {
  const clientId = await createTestClient(workspaceId);
  const { scanId } = await createTestRound({ organisationName }, clientId);
  return scanId;
}

const outboxOf = (workspaceId: string) => db.mailOutbox.count({ where: { workspaceId } });

describe("a fresh, unverified account sends no mail", () => {
  it("three requests of 300 invitations: nothing stored, nothing delivered", async () => {
    const account = await signUpUnverified();
    const scanId = await openClientRound(account.workspaceId);
    for (let request = 0; request < 3; request += 1) {
      const added = await addPersonalLinks({
        scanId,
        invitees: addresses(300),
        locale: "nl",
        mail: { origin: ORIGIN, senderName: "Directie Bank" },
      });
      expect(added).toEqual({ ok: false, error: "unverified" });
    }
    expect(await db.response.count({ where: { scanId } })).toBe(0);
    expect(await outboxOf(account.workspaceId)).toBe(0);
    expect(await deliverAll()).toEqual([]);
  });

  it("refuses a self-scan invitation too", async () => {
    const account = await signUpUnverified();
    const clientId = await createTestClient(account.workspaceId);
    const started = await startClientScan({
      workspaceId: account.workspaceId,
      input: { clientId, kind: "quick", locale: "nl", respondentRole: "manager" },
    });
    if (!started.ok) throw new Error(started.error);
    await expect(
      queueScanInvitation({
        workspaceId: account.workspaceId,
        scanId: started.scanId,
        to: addresses(1)[0] ?? "",
        origin: ORIGIN,
        senderName: "x",
      }),
    ).rejects.toBeInstanceOf(MailRefusedError);
    expect(await outboxOf(account.workspaceId)).toBe(0);
  });
});

describe("verifying the address at sign-up", () => {
  it("mails a single-use link that verifies the account; its invitations then go out, naming the verified sender", async () => {
    const account = await signUpUnverified("Anna de Vries");
    await afterSignUp({ email: account.email, origin: ORIGIN, locale: "en" });
    // A second sign-up with the same address sends nothing more.
    await afterSignUp({ email: account.email, origin: ORIGIN, locale: "en" });
    const [mail, ...more] = await deliverAll();
    expect(more).toEqual([]);
    expect(mail?.to).toEqual([account.email]);
    expect(mail?.subject).toMatch(/Confirm your e-mail address/);
    const token = mail?.text.match(/\/verify-email\/([A-Za-z0-9_-]{32})/)?.[1] ?? "";
    // Stored hashed only.
    expect(await db.emailVerificationToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await checkVerificationToken(token)).toEqual({ email: account.email });
    // Two clicks at once: one spends it.
    const clicks = await Promise.all([confirmEmail(token), confirmEmail(token)]);
    expect(clicks.filter(Boolean)).toHaveLength(1);
    expect(await confirmEmail(token)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerified).toBe(true);

    const scanId = await openClientRound(account.workspaceId, "Door de aanvaller gekozen BV");
    const invitees = addresses(3);
    const added = await addPersonalLinks({
      scanId,
      invitees,
      locale: "en",
      mail: { origin: ORIGIN, senderName: "Anna" },
    });
    expect(added).toMatchObject({ ok: true, mailed: 3 });
    const sent = await deliverAll();
    expect(sent.map((m) => m.to[0]).sort()).toEqual([...invitees].sort());
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: account.workspaceId } });
    for (const invitation of sent) {
      expect(invitation.text).toContain(`Sent from the Klantkompas workspace "${workspace.name}"`);
      expect(invitation.text).toContain(`${account.email} is verified`);
    }
  });

  it("refuses an expired link and a forged one", async () => {
    const account = await signUpUnverified();
    const old = new Date(Date.now() - 25 * 3_600_000);
    const link = await createVerificationLink({
      userId: account.userId,
      email: account.email,
      origin: ORIGIN,
      now: old,
    });
    const token = link.split("/").pop() ?? "";
    expect(await checkVerificationToken(token)).toBeNull();
    expect(await confirmEmail(token)).toBeNull();
    expect(await confirmEmail("A".repeat(32))).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerified).toBe(false);
  });

  it("sends the mail again at most 3 times an hour", async () => {
    const account = await signUpUnverified();
    const results = [];
    for (let i = 0; i < VERIFY_RESEND_RULE.maxAttempts + 1; i += 1) {
      results.push(await resendVerificationMail({ userId: account.userId, origin: ORIGIN, locale: "nl" }));
    }
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
  });

  it("with mail off, a later account stays unverified (the administrator runs npm run user:verify)", async () => {
    overrideMailConfig(null);
    const account = await signUpUnverified();
    await afterSignUp({ email: account.email, origin: ORIGIN, locale: "nl" });
    expect((await db.user.findUniqueOrThrow({ where: { id: account.userId } })).emailVerified).toBe(false);
  });

  it("joining through a colleague invitation verifies the invited address", async () => {
    const owner = await createWorkspaceWithConsultant();
    const colleague = await signUpUnverified();
    const created = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: { userId: owner.userId, email: owner.email },
      email: colleague.email,
      locale: "nl",
    });
    if (!created.ok) throw new Error(created.error);
    const accepted = await acceptInvitation({
      token: created.invitation.token,
      user: { userId: colleague.userId, email: colleague.email },
    });
    expect(accepted.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.userId } })).emailVerified).toBe(true);
  });
});

describe("daily caps per workspace and per network", () => {
  it("refuses a request that would pass the workspace's cap whole, also under concurrency", async () => {
    overrideDailyCaps({ workspace: 10, network: 1000 });
    const owner = await createWorkspaceWithConsultant();
    const scanId = await openClientRound(owner.workspaceId);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        addPersonalLinks({ scanId, invitees: addresses(4), locale: "nl", mail: { origin: ORIGIN, senderName: null } }),
      ),
    );
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "daily-limit")).toBe(true);
    // All or nothing: only the accepted requests' links and mails exist.
    expect(await db.response.count({ where: { scanId } })).toBe(8);
    expect(await outboxOf(owner.workspaceId)).toBe(8);
  });

  it("the default caps: 300 go out, a second 300 the same day is refused whole", async () => {
    const owner = await createWorkspaceWithConsultant();
    const scanId = await openClientRound(owner.workspaceId);
    const mail = { origin: ORIGIN, senderName: null };
    expect(await addPersonalLinks({ scanId, invitees: addresses(300), locale: "nl", mail })).toMatchObject({
      ok: true,
      mailed: 300,
    });
    expect(await addPersonalLinks({ scanId, invitees: addresses(300), locale: "nl", mail })).toEqual({
      ok: false,
      error: "daily-limit",
    });
    expect(await outboxOf(owner.workspaceId)).toBe(300);
    await db.mailOutbox.deleteMany({ where: { workspaceId: owner.workspaceId } });
  });

  it("counts a network across workspaces and rounds opened without an account", async () => {
    overrideDailyCaps({ workspace: 1000, network: 5 });
    network.ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const first = await createWorkspaceWithConsultant();
    const second = await createWorkspaceWithConsultant();
    const mail = { origin: ORIGIN, senderName: null };
    const one = await addPersonalLinks({
      scanId: await openClientRound(first.workspaceId),
      invitees: addresses(3),
      locale: "nl",
      mail,
    });
    expect(one).toMatchObject({ ok: true, mailed: 3 });
    const two = await addPersonalLinks({
      scanId: await openClientRound(second.workspaceId),
      invitees: addresses(3),
      locale: "nl",
      mail,
    });
    expect(two).toEqual({ ok: false, error: "daily-limit" });
    expect(await outboxOf(second.workspaceId)).toBe(0);
  });

  it("a round opened without an account says its organiser is not verified", async () => {
    const created = await createTestRound({ organisationName: "Echte Bank NV" });
    const [to] = addresses(1);
    await addPersonalLinks({
      scanId: created.scanId,
      invitees: [to ?? ""],
      locale: "nl",
      mail: { origin: ORIGIN, senderName: null },
      mailCap: 50,
    });
    const mail = (await deliverAll()).find((received) => received.to[0] === to);
    expect(mail?.text).toContain("organisator zonder account: Klantkompas heeft niet gecontroleerd wie dat is");
  });
});
