import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { initialActionState, NOT_A_FORM } from "@/lib/forms/action-state";
import {
  defineFormAction,
  definePlainFormAction,
  defineValueAction,
  NOT_OWNER,
  UNEXPECTED_ERROR,
} from "@/lib/server/actions/define-form-action";
import type { Consultant } from "@/lib/server/auth/current-consultant";

// The wrapper every server action goes through (app/actions/**): these are the answers every action gives alike.

const signedIn: { consultant: Consultant | null } = { consultant: null };
vi.mock("@/lib/server/auth/current-consultant", () => ({
  getConsultant: async () => signedIn.consultant,
  // As the real one: a signed-out visitor is sent to sign in (redirect() throws).
  requireConsultant: async () => signedIn.consultant ?? redirect("/sign-in"),
}));

const member = (role: "owner" | "member"): Consultant => ({
  userId: "u1",
  name: "Ada",
  email: "ada@example.com",
  emailVerified: true,
  workspaceId: "w1",
  workspaceName: "Ada's",
  role,
  workspaces: [{ workspaceId: "w1", name: "Ada's", role }],
  lostWorkspace: false,
});

const schema = z.object({
  name: z.string().min(1, "errors.organisationRequired"),
  password: z.string().min(8),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** redirect() throws an error whose digest carries the target URL. */
async function redirectTarget(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  const digest = String((error as { digest?: string } | null)?.digest ?? "");
  if (!digest.startsWith("NEXT_REDIRECT")) throw new Error(`expected a redirect, got ${String(error)}`);
  return digest.split(";")[2] ?? "";
}

afterEach(() => {
  signedIn.consultant = null;
  vi.restoreAllMocks();
});

describe("defineFormAction", () => {
  const handler = vi.fn(async (input: { name: string }) => ({ status: "done" as const, message: input.name }));
  const action = defineFormAction({
    access: "public",
    schema,
    read: (formData) => ({ name: formData.get("name") ?? "", password: formData.get("password") ?? "" }),
    refill: ["name"],
    handler,
  });

  it("answers anything that is not a FormData with NOT_A_FORM, never a throw", async () => {
    for (const junk of [null, undefined, "x", 1, {}, [], { get: () => "x" }]) {
      expect(await action(initialActionState, junk as unknown as FormData)).toEqual(NOT_A_FORM);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers refused input with the schema's field errors and refills the named fields, never the password", async () => {
    const state = await action(initialActionState, form({ name: "", password: "short" }));
    expect(state).toEqual({
      status: "error",
      message: "errors.checkFields",
      fieldErrors: { name: "errors.organisationRequired", password: "errors.invalidValue" },
      fields: { name: "" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("calls the handler with the parsed input", async () => {
    expect(await action(initialActionState, form({ name: "Acme", password: "long enough" }))).toEqual({
      status: "done",
      message: "Acme",
    });
  });

  it("sends a signed-out visitor of a consultant's action to sign in, before reading the form", async () => {
    const run = vi.fn(async () => initialActionState);
    const consultantAction = defineFormAction({ access: "consultant", schema, read: () => ({}), handler: run });
    expect(await redirectTarget(() => consultantAction(initialActionState, form({})))).toBe("/sign-in");
    expect(run).not.toHaveBeenCalled();
  });

  it("gives the handler the signed-in consultant, and refuses a member an owner's action", async () => {
    const ownerAction = defineFormAction({
      access: "owner",
      schema: z.object({}),
      read: () => ({}),
      handler: async (_input, { caller }) => ({ status: "done" as const, message: caller.workspaceId }),
    });
    signedIn.consultant = member("member");
    expect(await ownerAction(initialActionState, form({}))).toEqual(NOT_OWNER);
    signedIn.consultant = member("owner");
    expect(await ownerAction(initialActionState, form({}))).toEqual({ status: "done", message: "w1" });
  });

  it("answers `refused` when an access check finds nobody", async () => {
    const refused = { status: "error" as const, message: "loop.errors.notAllowed" };
    const checked = defineFormAction({
      access: async (formData: FormData) => (formData.get("token") === "ok" ? { name: "organiser" } : null),
      refused,
      schema: z.object({}),
      read: () => ({}),
      handler: async (_input, { caller }) => ({ status: "done" as const, message: caller.name }),
    });
    expect(await checked(initialActionState, form({ token: "no" }))).toEqual(refused);
    expect(await checked(initialActionState, form({ token: "ok" }))).toEqual({ status: "done", message: "organiser" });
  });

  it("answers a repeat with the same submit key with the first result, running once", async () => {
    let runs = 0;
    const create = defineFormAction({
      access: "public",
      schema: z.object({ name: z.string() }),
      read: (formData) => ({ name: formData.get("name") }),
      handler: async (input, { once }) => {
        const created = await once(`test:${input.name}`, input, async () => {
          runs += 1;
          return { id: `row-${runs}` };
        });
        return { status: "done" as const, message: created.id };
      },
    });
    const key = randomUUID().replace(/-/g, "");
    const name = randomUUID();
    const first = await create(initialActionState, form({ name, submitKey: key }));
    const repeat = await create(initialActionState, form({ name, submitKey: key }));
    expect(first).toEqual({ status: "done", message: "row-1" });
    expect(repeat).toEqual(first);
    expect(runs).toBe(1);
    // Without a key (or with a forged one) every submit runs.
    await create(initialActionState, form({ name, submitKey: "not a key" }));
    expect(runs).toBe(2);
  });

  it("lets redirect() through", async () => {
    const moving = defineFormAction({
      access: "public",
      schema: z.object({}),
      read: () => ({}),
      handler: async () => redirect("/dashboard"),
    });
    expect(await redirectTarget(() => moving(initialActionState, form({})))).toBe("/dashboard");
  });

  it("logs an unexpected error and answers with the generic message, never a throw", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const failing = defineFormAction({
      access: "public",
      schema: z.object({}),
      read: () => ({}),
      handler: async () => {
        throw new Error("database is down");
      },
    });
    expect(await failing(initialActionState, form({}))).toEqual(UNEXPECTED_ERROR);
    expect(log).toHaveBeenCalledWith("server action failed", expect.any(Error));
  });
});

describe("definePlainFormAction", () => {
  it("ignores anything but a FormData, refused input and unexpected errors, and lets redirects through", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const plain = definePlainFormAction({
      access: "public",
      schema: z.object({ go: z.enum(["yes", "fail"]) }),
      read: (formData) => ({ go: formData.get("go") }),
      handler: async ({ go }) => {
        if (go === "fail") throw new Error("boom");
        redirect("/done");
      },
    });
    expect(await plain("junk" as unknown as FormData)).toBeUndefined();
    expect(await plain(form({ go: "no" }))).toBeUndefined();
    expect(await plain(form({ go: "fail" }))).toBeUndefined();
    expect(await redirectTarget(() => plain(form({ go: "yes" })))).toBe("/done");
  });
});

describe("defineValueAction", () => {
  it("answers a refused value and an unexpected error with its own answers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const save = defineValueAction({
      schema: z.object({ value: z.number() }),
      invalid: "invalid",
      fallback: "failed",
      handler: async ({ value }) => {
        if (value < 0) throw new Error("boom");
        return "saved";
      },
    });
    expect(await save("junk" as unknown as { value: number })).toBe("invalid");
    expect(await save({ value: -1 })).toBe("failed");
    expect(await save({ value: 1 })).toBe("saved");
  });
});
