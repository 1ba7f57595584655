import { beforeAll, describe, expect, it, vi } from "vitest";
import { setActionStatusAction } from "@/app/actions/targets/set-action-status";
import { initialActionState } from "@/lib/forms/action-state";
import { createToken } from "@/lib/security/tokens";
import type { Consultant } from "@/lib/server/auth/current-consultant";
import { db } from "@/lib/server/db/db";
import { createOwnAction } from "@/lib/server/targets/create-action";
import {
  consultantOf,
  createTestClient,
  createWorkspaceWithConsultant,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// The one-click status buttons beside an action (issue 18): the action as the form posts it, on a real database.
// Only the client's own workspace may change it, a repeated click changes it once, and each change leaves the
// history row the edit form leaves.

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, refresh: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));
const signedIn: { consultant: Consultant | null } = { consultant: null };
vi.mock("@/lib/server/auth/current-consultant", () => ({
  getConsultant: async () => signedIn.consultant,
  requireConsultant: async () => {
    if (!signedIn.consultant) throw new Error("not signed in");
    return signedIn.consultant;
  },
}));

let owner: Consultant;
let stranger: Consultant;
let actionId: string;

const post = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return setActionStatusAction(initialActionState, form);
};
const history = async () =>
  (await db.agreedActionEvent.findMany({ where: { actionId }, orderBy: { at: "asc" } })).map((e) => [
    e.fromStatus,
    e.toStatus,
    e.byName,
  ]);

beforeAll(async () => {
  const [a, b] = await Promise.all([
    createWorkspaceWithConsultant({ name: "Adviseur Knop" }),
    createWorkspaceWithConsultant({ name: "Adviseur Elders" }),
  ]);
  owner = consultantOf(a);
  stranger = consultantOf(b);
  const clientId = await createTestClient(a.workspaceId);
  const scanId = (await submitTestClientScan(a.workspaceId, clientId)).id;
  const created = await createOwnAction({
    actor: { workspaceId: a.workspaceId, userId: a.userId, name: a.name },
    scanId,
    input: { title: "Klantdag", domainId: "leadership", owner: "", dueDate: null, status: "not_started", notes: "" },
  });
  if (!created.ok) throw new Error(created.error);
  actionId = created.actionId;
});

describe("setActionStatusAction", () => {
  it("refuses another workspace and changes nothing", async () => {
    signedIn.consultant = stranger;
    const answer = await post({ actionId, status: "done", from: "not_started", submitKey: createToken() });
    expect(answer).toEqual({ status: "error", message: "loop.errors.notAllowed" });
    signedIn.consultant = null;
    expect(await post({ actionId, status: "done", from: "not_started" })).toEqual({
      status: "error",
      message: "loop.errors.notAllowed",
    });
    const action = await db.agreedAction.findUniqueOrThrow({ where: { id: actionId } });
    expect(action.status).toBe("not_started");
    expect(await history()).toEqual([[null, "not_started", "Adviseur Knop"]]);
  });

  it("marks it done in one click, with doneAt and a history row; a repeat with the same key changes nothing", async () => {
    signedIn.consultant = owner;
    const submitKey = createToken();
    const clicks = await Promise.all([
      post({ actionId, status: "done", from: "not_started", submitKey }),
      post({ actionId, status: "done", from: "not_started", submitKey }),
    ]);
    expect(clicks).toEqual([
      { status: "done", message: "loop.actions.statusSet.done" },
      { status: "done", message: "loop.actions.statusSet.done" },
    ]);
    // Even without a key (a hand-made repeat), setting the status it has writes nothing.
    expect(await post({ actionId, status: "done", from: "not_started" })).toMatchObject({ status: "done" });
    const action = await db.agreedAction.findUniqueOrThrow({ where: { id: actionId } });
    expect(action.status).toBe("done");
    expect(action.doneAt).not.toBeNull();
    expect(await history()).toEqual([
      [null, "not_started", "Adviseur Knop"],
      ["not_started", "done", "Adviseur Knop"],
    ]);
  });

  it("reopens and finishes again with the same page's key: each is its own change", async () => {
    signedIn.consultant = owner;
    const submitKey = createToken();
    await post({ actionId, status: "in_progress", from: "done", submitKey });
    const reopened = await db.agreedAction.findUniqueOrThrow({ where: { id: actionId } });
    expect(reopened.status).toBe("in_progress");
    expect(reopened.doneAt).toBeNull();
    await post({ actionId, status: "done", from: "in_progress", submitKey });
    expect((await history()).slice(-2)).toEqual([
      ["done", "in_progress", "Adviseur Knop"],
      ["in_progress", "done", "Adviseur Knop"],
    ]);
  });

  it("refuses an unknown status or a form that is not one", async () => {
    signedIn.consultant = owner;
    expect(await post({ actionId, status: "finished", from: "done" })).toEqual({
      status: "error",
      message: "errors.invalidValue",
    });
    expect((await db.agreedAction.findUniqueOrThrow({ where: { id: actionId } })).status).toBe("done");
  });
});
