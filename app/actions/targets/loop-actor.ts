import type { ActionState } from "@/lib/forms/action-state";
import { tokenSchema } from "@/lib/schemas/scan";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import type { LoopActor } from "@/lib/server/targets/access";

// Targets and agreed actions. Every action works out who asks (a signed-in consultant, and/or the organiser
// link a round's page carries) and the data layer checks that against the scan, so a form posted by hand with
// another scan's id changes nothing. A results link never gives any right to change.

export const NOT_ALLOWED = { status: "error", message: "loop.errors.notAllowed" } as const satisfies ActionState;

/** The wrapper's access check for these forms: nobody (NOT_ALLOWED) without a consultant or organiser link. */
export async function loopActor(formData: FormData): Promise<LoopActor | null> {
  const token = tokenSchema.safeParse(formData.get("organiserToken"));
  const consultant = await getConsultant();
  if (!consultant && !token.success) return null;
  return {
    workspaceId: consultant?.workspaceId ?? null,
    userId: consultant?.userId ?? null,
    organiserToken: token.success ? token.data : null,
    name: consultant?.name ?? "",
  };
}

export const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export const ACTION_FIELDS = ["title", "domainId", "owner", "dueDate", "status", "notes"] as const;

/** The action form (new and edit). */
export function readActionForm(formData: FormData) {
  return {
    title: text(formData, "title"),
    domainId: text(formData, "domainId"),
    owner: text(formData, "owner"),
    dueDate: text(formData, "dueDate"),
    status: formData.get("status") || undefined,
    notes: text(formData, "notes"),
  };
}
