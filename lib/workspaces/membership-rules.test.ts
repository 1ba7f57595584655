import { describe, expect, it } from "vitest";
import {
  canAccept,
  canInvite,
  canRemoveMember,
  INVITATION_TTL_DAYS,
  invitationExpiresAt,
  invitationStatus,
  isExpired,
  isRole,
  pickWorkspace,
} from "@/lib/workspaces/membership-rules";

const now = new Date("2026-12-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const pending = { email: "collega@example.nl", expiresAt: later(1000), acceptedAt: null, revokedAt: null };

describe("invitation expiry and status", () => {
  it("expires after the set number of days, at that very moment", () => {
    const expiresAt = invitationExpiresAt(now);
    expect(expiresAt.getTime() - now.getTime()).toBe(INVITATION_TTL_DAYS * 86_400_000);
    expect(isExpired(expiresAt, later(-1 + INVITATION_TTL_DAYS * 86_400_000))).toBe(false);
    expect(isExpired(expiresAt, expiresAt)).toBe(true);
  });

  it("is accepted before revoked before expired before pending", () => {
    expect(invitationStatus(pending, now)).toBe("pending");
    expect(invitationStatus({ ...pending, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...pending, revokedAt: now, expiresAt: now }, now)).toBe("revoked");
    expect(invitationStatus({ ...pending, acceptedAt: now, revokedAt: now }, now)).toBe("accepted");
  });
});

describe("who may invite whom", () => {
  const base = { actorRole: "owner" as const, actorEmail: "Eigenaar@example.nl", memberEmails: ["lid@example.nl"] };
  it("lets an owner invite a new address", () => {
    expect(canInvite({ ...base, email: "nieuw@example.nl" })).toBeNull();
  });
  it("refuses members, the owner's own address and present members, ignoring case and spaces", () => {
    expect(canInvite({ ...base, actorRole: "member", email: "nieuw@example.nl" })).toBe("not-owner");
    expect(canInvite({ ...base, email: " eigenaar@EXAMPLE.nl " })).toBe("own-address");
    expect(canInvite({ ...base, email: "LID@example.nl" })).toBe("already-member");
  });
});

describe("who may accept", () => {
  it("accepts a pending invitation opened by the invited address", () => {
    expect(canAccept({ invitation: pending, userEmail: " Collega@Example.nl", now })).toBeNull();
  });
  it("refuses another address, and a link no longer pending", () => {
    expect(canAccept({ invitation: pending, userEmail: "iemand@example.nl", now })).toBe("other-address");
    expect(canAccept({ invitation: { ...pending, expiresAt: now }, userEmail: pending.email, now })).toBe("expired");
    expect(canAccept({ invitation: { ...pending, revokedAt: now }, userEmail: pending.email, now })).toBe("revoked");
    expect(canAccept({ invitation: { ...pending, acceptedAt: now }, userEmail: pending.email, now })).toBe("accepted");
  });
});

describe("who may remove whom", () => {
  const owner = { userId: "o", role: "owner" as const };
  const member = { userId: "m", role: "member" as const };
  it("lets an owner remove a member, and a member leave", () => {
    expect(canRemoveMember({ actor: owner, target: member, ownerCount: 1 })).toBeNull();
    expect(canRemoveMember({ actor: member, target: member, ownerCount: 1 })).toBeNull();
  });
  it("refuses a member removing someone else", () => {
    expect(canRemoveMember({ actor: member, target: owner, ownerCount: 2 })).toBe("not-owner");
    expect(canRemoveMember({ actor: member, target: { userId: "x", role: "member" }, ownerCount: 1 })).toBe(
      "not-owner",
    );
  });
  it("never removes the last owner, not even by leaving; a second owner may go", () => {
    expect(canRemoveMember({ actor: owner, target: owner, ownerCount: 1 })).toBe("last-owner");
    expect(canRemoveMember({ actor: owner, target: { userId: "p", role: "owner" }, ownerCount: 2 })).toBeNull();
    expect(canRemoveMember({ actor: owner, target: null, ownerCount: 1 })).toBe("not-member");
  });
});

describe("the workspace a request works in", () => {
  const rows = [{ workspaceId: "a" }, { workspaceId: "b" }];
  it("takes the chosen one while the user is a member there, else the oldest", () => {
    expect(pickWorkspace(rows, "b")).toEqual({ membership: { workspaceId: "b" }, lost: false });
    expect(pickWorkspace(rows, undefined)).toEqual({ membership: { workspaceId: "a" }, lost: false });
  });
  it("says so when the chosen workspace is no longer the user's", () => {
    expect(pickWorkspace(rows, "gone")).toEqual({ membership: { workspaceId: "a" }, lost: true });
    expect(pickWorkspace([], "gone")).toEqual({ membership: null, lost: true });
  });
  it("knows the two roles only", () => {
    expect(["owner", "member", "admin", null].map(isRole)).toEqual([true, true, false, false]);
  });
});
