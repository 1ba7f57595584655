import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/clients/[clientId]/export/route";
import { RESET_THROTTLE } from "@/lib/auth/password-reset-rules";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/mail-backoff";
import { clientListQuerySchema } from "@/lib/schemas/client";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import {
  checkResetToken,
  createResetLink,
  requestPasswordReset,
  reserveResetRequest,
  resetPassword,
} from "@/lib/server/auth/password-reset";
import { signInWithThrottle } from "@/lib/server/auth/sign-in";
import { attachScan, listClientScans } from "@/lib/server/clients/client-scans";
import { listClients } from "@/lib/server/clients/list-clients";
import { getClient } from "@/lib/server/clients/manage-clients";
import { db } from "@/lib/server/db/db";
import { closeMailTransport, deliverDueMail } from "@/lib/server/mail/deliver-outbox";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { createConsultant } from "@/lib/server/seed/create-consultant";
import { sendColleagueInviteMail } from "@/lib/server/workspaces/colleague-invite-mail";
import { ensureWorkspace } from "@/lib/server/workspaces/ensure-workspace";
import {
  acceptInvitation,
  colleagueInviteUrl,
  createInvitation,
  findInvitation,
  INVITE_LIMIT,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/server/workspaces/invitations";
import { listMembers, listMemberships, removeMember } from "@/lib/server/workspaces/memberships";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/membership-rules";
import { createTestClient, submitTestClientScan, TEST_PASSWORD } from "@/tests/factories/workspace";
import { type SmtpSink, startSmtpSink } from "@/tests/support/smtp-sink";

// Password reset, colleagues and the workspace every request works in, on a real database, with mail going
// through the outbox to a real SMTP server on loopback (tests/support/smtp-sink.ts). next/headers is replaced
// by the request a test chooses (a session cookie, a workspace cookie): getConsultant then runs for real.

const request = { cookie: "" };
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => {
    const jar = new Map(
      request.cookie
        .split(/;\s*/)
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
    );
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) };
  },
}));

const ORIGIN = "http://kompas.test";
const NEW_PASSWORD = "groene kikker springt hoog";
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  overrideMailConfig({ smtpUrl: sink.url, from: "Klantkompas <noreply@klantkompas.test>" });
});
afterEach(() => {
  sink.clear();
  request.cookie = "";
});
afterAll(async () => {
  closeMailTransport();
  overrideMailConfig(undefined);
  await sink.stop();
});

const unique = () => randomUUID().slice(0, 8);
const newConsultant = (label: string) =>
  createConsultant({ email: `${label}-${unique()}@example.nl`, name: `${label} ${unique()}`, password: TEST_PASSWORD });

/** Signs in for real and returns the session cookie, as the browser would send it back. */
async function sessionCookie(email: string, password = TEST_PASSWORD): Promise<string> {
  const result = await signInWithThrottle({ email, password, ip: null });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error}`);
  const cookie = result.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

const tokenOf = (link: string) => link.split("/").pop()?.split("?")[0] ?? "";

async function mailedLink(to: string, path: string): Promise<string> {
  await deliverDueMail();
  const mail = sink.received.find((m) => m.to.includes(to));
  if (!mail) throw new Error(`no mail to ${to}`);
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(path));
  if (!link) throw new Error(`no ${path} link in the mail`);
  return link;
}

describe("password reset, end to end through the SMTP server", () => {
  it("mails a link that works once, sets the new password and ends every session", async () => {
    const user = await newConsultant("reset");
    await sessionCookie(user.email);
    await sessionCookie(user.email);
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(2);

    await requestPasswordReset({ email: ` ${user.email.toUpperCase()} `, origin: ORIGIN, locale: "en" });
    const link = await mailedLink(user.email, "/reset-password/");
    const [mail] = sink.received;
    expect(mail?.subject).toBe("New password for Klantkompas");
    expect(link.startsWith(`${ORIGIN}/reset-password/`)).toBe(true);
    const token = tokenOf(link);
    // Only a hash of the token is stored.
    expect(await db.verification.count({ where: { identifier: { contains: token } } })).toBe(0);
    expect(await checkResetToken(token)).toEqual({ userId: user.userId, email: user.email });

    // The policy applies, and a refused password leaves the link usable.
    expect(await resetPassword({ token, newPassword: "password1" })).toEqual({ ok: false, error: "common" });
    expect(await resetPassword({ token, newPassword: "kort" })).toEqual({ ok: false, error: "too-short" });
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(2);

    expect(await resetPassword({ token, newPassword: NEW_PASSWORD })).toEqual({ ok: true, email: user.email });
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(0);
    expect((await signInWithThrottle({ email: user.email, password: TEST_PASSWORD, ip: null })).ok).toBe(false);
    await sessionCookie(user.email, NEW_PASSWORD);

    // Used: refused, and nothing changes.
    expect(await checkResetToken(token)).toBeNull();
    expect(await resetPassword({ token, newPassword: "nog een ander wachtwoord" })).toEqual({
      ok: false,
      error: "invalid-link",
    });
    await sessionCookie(user.email, NEW_PASSWORD);
  });

  it("refuses an expired or forged link and changes nothing", async () => {
    const user = await newConsultant("expired");
    const link = await createResetLink({ email: user.email, origin: ORIGIN });
    const token = tokenOf(link?.url ?? "");
    const rows = await db.verification.findMany({ where: { value: user.userId } });
    expect(rows).toHaveLength(1);
    const expiresIn = (rows[0]?.expiresAt.getTime() ?? 0) - Date.now();
    expect(expiresIn).toBeGreaterThan(59 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);
    await db.verification.updateMany({
      where: { value: user.userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await checkResetToken(token)).toBeNull();
    expect(await resetPassword({ token, newPassword: NEW_PASSWORD })).toEqual({ ok: false, error: "invalid-link" });
    for (const forged of ["", "x".repeat(24), `${token.slice(0, 23)}Z`, "../../etc/passwd"]) {
      expect(await resetPassword({ token: forged, newPassword: NEW_PASSWORD })).toEqual({
        ok: false,
        error: "invalid-link",
      });
    }
    await sessionCookie(user.email);
  });

  it("does the same for an unknown address, and stores and sends nothing", async () => {
    const before = { mails: await db.mailOutbox.count(), verifications: await db.verification.count() };
    await requestPasswordReset({ email: `niemand-${unique()}@example.nl`, origin: ORIGIN, locale: "nl" });
    expect(await deliverDueMail()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect({ mails: await db.mailOutbox.count(), verifications: await db.verification.count() }).toEqual(before);
    expect(await createResetLink({ email: `niemand-${unique()}@example.nl`, origin: ORIGIN })).toBeNull();
  });

  it("counts requests per address and IP before any look-up, alike for known and unknown addresses", async () => {
    const known = (await newConsultant("throttle")).email;
    const unknown = `onbekend-${unique()}@example.nl`;
    const now = new Date("2026-12-01T09:00:00Z");
    for (const email of [known, unknown]) {
      for (let i = 0; i < RESET_THROTTLE.email.maxAttempts; i += 1) {
        expect((await reserveResetRequest({ email, ip: null, now })).ok).toBe(true);
      }
      expect(await reserveResetRequest({ email, ip: null, now })).toEqual({ ok: false, retryAfterSeconds: 3600 });
    }
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < RESET_THROTTLE.ip.maxAttempts; i += 1) {
      expect((await reserveResetRequest({ email: `${unique()}@example.nl`, ip, now })).ok).toBe(true);
    }
    expect((await reserveResetRequest({ email: `${unique()}@example.nl`, ip, now })).ok).toBe(false);
  });
});

describe("colleagues: invited by mail, joined, removed", () => {
  it("invites by mail, joins through the link as a member, and loses access at once when removed", async () => {
    const owner = await newConsultant("owner");
    const clientId = await createTestClient(owner.workspaceId, { name: `Gedeelde klant ${unique()}` });
    const email = `collega-${unique()}@example.nl`;

    const created = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: { userId: owner.userId, email: owner.email },
      email: email.toUpperCase(),
      locale: "nl",
    });
    if (!created.ok) throw new Error(created.error);
    const url = colleagueInviteUrl(ORIGIN, created.invitation.token, "nl");
    const mailed = await sendColleagueInviteMail({
      to: created.invitation.email,
      locale: "nl",
      inviterName: owner.name,
      workspaceName: created.invitation.workspaceName,
      url,
      expiresAt: created.invitation.expiresAt,
      workspaceId: owner.workspaceId,
      invitationId: created.invitation.id,
    });
    expect(mailed).toBe(true);
    const link = await mailedLink(email, "/colleague-invite/");
    expect(sink.received[0]?.subject).toBe(
      `Uitnodiging voor de werkruimte ${created.invitation.workspaceName} in Klantkompas`,
    );
    const token = tokenOf(link);
    expect(await findInvitation({ token })).toMatchObject({ status: "pending", email, workspaceId: owner.workspaceId });
    expect(await db.workspaceInvitation.count({ where: { tokenHash: token } })).toBe(0);
    expect((await listPendingInvitations({ workspaceId: owner.workspaceId })).map((i) => i.email)).toEqual([email]);

    // The colleague signs up (and, like every new consultant, gets an empty workspace of their own).
    const colleague = await createConsultant({ email, name: "Collega", password: TEST_PASSWORD });
    const stranger = await newConsultant("stranger");
    expect(await acceptInvitation({ token, user: stranger })).toEqual({ ok: false, error: "other-address" });
    expect(await acceptInvitation({ token, user: colleague })).toEqual({ ok: true, workspaceId: owner.workspaceId });
    // A repeat answers the same; the empty workspace of their own is gone, so they work in one.
    expect(await acceptInvitation({ token, user: colleague })).toEqual({ ok: true, workspaceId: owner.workspaceId });
    expect(await db.workspace.count({ where: { id: colleague.workspaceId } })).toBe(0);
    expect(await listMemberships({ userId: colleague.userId })).toEqual([
      { workspaceId: owner.workspaceId, name: owner.name, role: "member" },
    ]);
    expect(await listPendingInvitations({ workspaceId: owner.workspaceId })).toEqual([]);

    // As a member, on a real session: the workspace's clients.
    request.cookie = await sessionCookie(email);
    const asMember = await getConsultant();
    expect(asMember).toMatchObject({ workspaceId: owner.workspaceId, role: "member", lostWorkspace: false });
    const listed = await listClients({
      workspaceId: asMember?.workspaceId ?? "",
      query: clientListQuerySchema.parse({}),
    });
    expect(listed.rows.map((r) => r.id)).toEqual([clientId]);
    // A member neither invites nor removes.
    const byMember = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: { userId: colleague.userId, email },
      email: `ander-${unique()}@example.nl`,
      locale: "nl",
    });
    expect(byMember).toEqual({ ok: false, error: "not-owner" });
    expect(
      await removeMember({
        workspaceId: owner.workspaceId,
        actor: { userId: colleague.userId, role: "owner" }, // a caller's claim is not believed
        targetUserId: owner.userId,
      }),
    ).toEqual({ ok: false, error: "not-owner" });

    // Removed: the next request, with the same session and the old workspace cookie, is elsewhere.
    const cookie = `${request.cookie}; ${WORKSPACE_COOKIE}=${owner.workspaceId}`;
    expect(
      await removeMember({
        workspaceId: owner.workspaceId,
        actor: { userId: owner.userId, role: "owner" },
        targetUserId: colleague.userId,
      }),
    ).toEqual({ ok: true });
    request.cookie = cookie;
    const afterRemoval = await getConsultant();
    expect(afterRemoval?.workspaceId).not.toBe(owner.workspaceId);
    expect(afterRemoval).toMatchObject({ role: "owner", lostWorkspace: true });
    expect((await listMembers({ workspaceId: owner.workspaceId })).map((m) => m.userId)).toEqual([owner.userId]);
  });

  it("renews a repeated invitation (old link dead), revokes, expires, and keeps the last owner", async () => {
    const owner = await newConsultant("renew");
    const email = `twee-${unique()}@example.nl`;
    const invite = () =>
      createInvitation({
        workspaceId: owner.workspaceId,
        actor: { userId: owner.userId, email: owner.email },
        email,
        locale: "en",
      });
    const [first, second] = await Promise.all([invite(), invite()]);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(await db.workspaceInvitation.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
    const tokens = [first.invitation.token, second.invitation.token];
    const live = await Promise.all(tokens.map((token) => findInvitation({ token })));
    expect(live.filter(Boolean)).toHaveLength(1);

    const invitee = await createConsultant({ email, name: "Twee", password: TEST_PASSWORD });
    const liveToken = tokens[live.findIndex(Boolean)] ?? "";
    expect(
      await createInvitation({ workspaceId: owner.workspaceId, actor: owner, email: owner.email, locale: "nl" }),
    ).toEqual({ ok: false, error: "own-address" });
    await revokeInvitation({
      workspaceId: owner.workspaceId,
      actorUserId: invitee.userId,
      invitationId: first.invitation.id,
    });
    expect((await findInvitation({ token: liveToken }))?.status).toBe("pending");
    await revokeInvitation({
      workspaceId: owner.workspaceId,
      actorUserId: owner.userId,
      invitationId: first.invitation.id,
    });
    expect(await acceptInvitation({ token: liveToken, user: invitee })).toEqual({ ok: false, error: "revoked" });

    const again = await invite();
    if (!again.ok) throw new Error("refused");
    await db.workspaceInvitation.update({
      where: { id: again.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await acceptInvitation({ token: again.invitation.token, user: invitee })).toEqual({
      ok: false,
      error: "expired",
    });
    expect(await db.membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
    // The invitee's own workspace was not touched by the refusals.
    expect(await db.workspace.count({ where: { id: invitee.workspaceId } })).toBe(1);

    // The last owner can neither leave nor be removed.
    const self = { workspaceId: owner.workspaceId, actor: { userId: owner.userId, role: "owner" as const } };
    expect(await removeMember({ ...self, targetUserId: owner.userId })).toEqual({ ok: false, error: "last-owner" });
  });

  it("keeps a joining user's own workspace when it has clients; they switch between the two", async () => {
    const owner = await newConsultant("keep-owner");
    const joiner = await newConsultant("keep-joiner");
    const ownClient = await createTestClient(joiner.workspaceId);
    const created = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: owner,
      email: joiner.email,
      locale: "nl",
    });
    if (!created.ok) throw new Error(created.error);
    expect(await acceptInvitation({ token: created.invitation.token, user: joiner })).toMatchObject({ ok: true });
    const memberships = await listMemberships({ userId: joiner.userId });
    expect(memberships.map((m) => [m.workspaceId, m.role])).toEqual([
      [joiner.workspaceId, "owner"],
      [owner.workspaceId, "member"],
    ]);
    request.cookie = `${await sessionCookie(joiner.email)}; ${WORKSPACE_COOKIE}=${owner.workspaceId}`;
    expect(await getConsultant()).toMatchObject({ workspaceId: owner.workspaceId, role: "member" });
    request.cookie = request.cookie.replace(owner.workspaceId, joiner.workspaceId);
    expect(await getConsultant()).toMatchObject({ workspaceId: joiner.workspaceId, role: "owner" });
    expect(await getClient({ workspaceId: joiner.workspaceId, clientId: ownClient })).not.toBeNull();
  });
});

describe("invitation mail status and limits", () => {
  it("shows per pending invitation whether its mail went out or failed after the retries", async () => {
    const owner = await newConsultant("status");
    const invite = async (email: string) => {
      const created = await createInvitation({ workspaceId: owner.workspaceId, actor: owner, email, locale: "nl" });
      if (!created.ok) throw new Error(created.error);
      await sendColleagueInviteMail({
        to: email,
        locale: "nl",
        inviterName: owner.name,
        workspaceName: created.invitation.workspaceName,
        url: colleagueInviteUrl(ORIGIN, created.invitation.token, "nl"),
        expiresAt: created.invitation.expiresAt,
        workspaceId: owner.workspaceId,
        invitationId: created.invitation.id,
      });
    };
    const good = `goed-${unique()}@example.nl`;
    const bad = `fout-${unique()}@example.nl`;
    await invite(good);
    const status = async () =>
      Object.fromEntries(
        (await listPendingInvitations({ workspaceId: owner.workspaceId })).map((i) => [i.email, i.mail]),
      );
    expect(await status()).toEqual({ [good]: "pending" });
    await deliverDueMail();
    expect(await status()).toEqual({ [good]: "sent" });

    await invite(bad);
    sink.refuseNext(MAX_MAIL_ATTEMPTS);
    for (let i = 1; i <= MAX_MAIL_ATTEMPTS; i += 1)
      await deliverDueMail({ now: new Date(Date.now() + i * 86_400_000) });
    expect(await status()).toEqual({ [good]: "sent", [bad]: "failed" });
    // Inviting again sends a new mail, and the status follows it.
    await invite(bad);
    await deliverDueMail();
    expect(await status()).toEqual({ [good]: "sent", [bad]: "sent" });
    sink.refuseNext(0);
  });

  it("limits the invitations of one workspace per hour", async () => {
    const owner = await newConsultant("limit");
    const now = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < INVITE_LIMIT.maxAttempts; i += 1) {
      const created = await createInvitation({
        workspaceId: owner.workspaceId,
        actor: owner,
        email: `veel-${i}-${unique()}@example.nl`,
        locale: "nl",
        now,
      });
      expect(created.ok).toBe(true);
    }
    const refused = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: owner,
      email: `teveel-${unique()}@example.nl`,
      locale: "nl",
      now,
    });
    expect(refused).toEqual({ ok: false, error: "throttled", retryAfterSeconds: 3600 });
    expect(await db.workspaceInvitation.count({ where: { workspaceId: owner.workspaceId } })).toBe(
      INVITE_LIMIT.maxAttempts,
    );
  });
});

describe("the first workspace", () => {
  it("is made once even when the first requests come in at once", async () => {
    const user = await newConsultant("race");
    await db.workspace.delete({ where: { id: user.workspaceId } });
    const made = await Promise.all(
      Array.from({ length: 6 }, () => ensureWorkspace({ userId: user.userId, name: user.name })),
    );
    expect(new Set(made.map((m) => m.workspaceId)).size).toBe(1);
    expect(await listMemberships({ userId: user.userId })).toHaveLength(1);
  });
});

describe("without mail", () => {
  it("stores no mail for an invitation or a reset, and the invitation link is there to copy", async () => {
    overrideMailConfig(null);
    try {
      const owner = await newConsultant("mail-off");
      const before = await db.mailOutbox.count();
      const created = await createInvitation({
        workspaceId: owner.workspaceId,
        actor: owner,
        email: `kopie-${unique()}@example.nl`,
        locale: "en",
      });
      if (!created.ok) throw new Error(created.error);
      const mailed = await sendColleagueInviteMail({
        to: created.invitation.email,
        locale: "en",
        inviterName: owner.name,
        workspaceName: created.invitation.workspaceName,
        url: colleagueInviteUrl(ORIGIN, created.invitation.token, "en"),
        expiresAt: created.invitation.expiresAt,
        workspaceId: owner.workspaceId,
        invitationId: created.invitation.id,
      });
      expect(mailed).toBe(false);
      expect((await findInvitation({ token: created.invitation.token }))?.status).toBe("pending");
      await requestPasswordReset({ email: owner.email, origin: ORIGIN, locale: "nl" });
      expect(await db.mailOutbox.count()).toBe(before);
    } finally {
      overrideMailConfig({ smtpUrl: sink.url, from: "Klantkompas <noreply@klantkompas.test>" });
    }
  });
});

describe("isolation: a removed member and a member of another workspace get nothing", () => {
  it("answers no clients, no client page data, 404 on exports and refuses the attach", async () => {
    const owner = await newConsultant("iso-owner");
    const clientId = await createTestClient(owner.workspaceId, { name: `Geheim ${unique()}` });
    const scan = await submitTestClientScan(owner.workspaceId, clientId);
    const removedEmail = `weg-${unique()}@example.nl`;
    const invited = await createInvitation({
      workspaceId: owner.workspaceId,
      actor: owner,
      email: removedEmail,
      locale: "nl",
    });
    if (!invited.ok) throw new Error(invited.error);
    const removed = await createConsultant({ email: removedEmail, name: "Weg", password: TEST_PASSWORD });
    await acceptInvitation({ token: invited.invitation.token, user: removed });
    await removeMember({
      workspaceId: owner.workspaceId,
      actor: { userId: owner.userId, role: "owner" },
      targetUserId: removed.userId,
    });

    const otherOwner = await newConsultant("iso-other");
    const otherMember = await newConsultant("iso-member");
    const otherInvite = await createInvitation({
      workspaceId: otherOwner.workspaceId,
      actor: otherOwner,
      email: otherMember.email,
      locale: "nl",
    });
    if (!otherInvite.ok) throw new Error(otherInvite.error);
    await acceptInvitation({ token: otherInvite.invitation.token, user: otherMember });

    const exportOf = () =>
      exportRoute(new Request(`http://localhost/api/clients/${clientId}/export?kind=assessments&format=json`), {
        params: Promise.resolve({ clientId }),
      });
    for (const who of [removed, otherMember]) {
      // Even with a workspace cookie naming the owner's workspace.
      request.cookie = `${await sessionCookie(who.email)}; ${WORKSPACE_COOKIE}=${owner.workspaceId}`;
      const consultant = await getConsultant();
      if (!consultant) throw new Error("not signed in");
      expect(consultant.workspaceId).not.toBe(owner.workspaceId);
      const { workspaceId } = consultant;
      expect((await listClients({ workspaceId, query: clientListQuerySchema.parse({}) })).rows).toEqual([]);
      expect(await getClient({ workspaceId, clientId })).toBeNull();
      expect(await listClientScans({ workspaceId, clientId })).toEqual([]);
      expect((await exportOf()).status).toBe(404);
      const attached = await attachScan({ workspaceId, clientId, token: scan.resumeToken });
      expect(attached).toMatchObject({ ok: false });
    }
    // The owner still has it all.
    request.cookie = await sessionCookie(owner.email);
    expect((await exportOf()).status).toBe(200);
  });
});
