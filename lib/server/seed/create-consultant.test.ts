import { describe, expect, it } from "vitest";
import { auth } from "@/lib/server/auth/auth";
import { db } from "@/lib/server/db/db";
import { createConsultant } from "@/lib/server/seed/create-consultant";

describe("createConsultant", () => {
  it("creates an account that can sign in, with a workspace and no left-over session", async () => {
    const consultant = await createConsultant({
      email: "Anne.Seed@Example.nl",
      name: "Anne Seed",
      password: "lantaarn-langs-de-vaart",
    });
    expect(consultant).toMatchObject({ email: "anne.seed@example.nl", name: "Anne Seed", created: true });
    expect(
      await db.membership.count({ where: { userId: consultant.userId, workspaceId: consultant.workspaceId } }),
    ).toBe(1);
    expect(await db.session.count({ where: { userId: consultant.userId } })).toBe(0);
    // The password is hashed by better-auth, never stored as given.
    const account = await db.account.findFirstOrThrow({ where: { userId: consultant.userId } });
    expect(account.password).not.toContain("lantaarn");

    const signedIn = await auth.api.signInEmail({
      body: { email: "anne.seed@example.nl", password: "lantaarn-langs-de-vaart" },
    });
    expect(signedIn.user.id).toBe(consultant.userId);
    await expect(
      auth.api.signInEmail({ body: { email: "anne.seed@example.nl", password: "een-ander-wachtwoord" } }),
    ).rejects.toThrow();
  });

  it("reuses an existing account and its workspace instead of creating a second", async () => {
    const first = await createConsultant({ email: "twice@example.nl", name: "Twice", password: "molen-in-de-polder" });
    const again = await createConsultant({ email: "twice@example.nl", name: "Twice", password: "molen-in-de-polder" });
    expect(again).toEqual({ ...first, created: false });
    expect(await db.user.count({ where: { email: "twice@example.nl" } })).toBe(1);
    expect(await db.workspace.count({ where: { members: { some: { userId: first.userId } } } })).toBe(1);
  });

  it("refuses a password the sign-up form would refuse, creating nothing", async () => {
    await expect(createConsultant({ email: "weak@example.nl", name: "Weak", password: "password123" })).rejects.toThrow(
      /refused/,
    );
    expect(await db.user.count({ where: { email: "weak@example.nl" } })).toBe(0);
  });
});
