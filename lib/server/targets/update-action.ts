import "server-only";
import type { ActionFieldsInput } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import { type LoopActor, scanAccessWhere } from "@/lib/server/targets/access";
import { isActionStatus, statusChangeFields } from "@/lib/targets/action-status";

export type UpdateActionResult = { ok: true; changed: boolean } | { ok: false; error: "not-found" | "busy" };

const ATTEMPTS = 3;

/**
 * Edits an action. The domain stays the one it was agreed on (it ties the action to the recommendation and to
 * the domain's change at the next scan). A status change writes the moment and a history row in the same
 * transaction, conditional on the status read, so two changes at once each record what they changed from.
 * Saving the same values again changes nothing.
 */
export async function updateAction({
  actor,
  actionId,
  input,
}: {
  actor: LoopActor;
  actionId: string;
  input: Omit<ActionFieldsInput, "domainId">;
}): Promise<UpdateActionResult> {
  const access = scanAccessWhere(actor);
  if (!access) return { ok: false, error: "not-found" };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await db.$transaction(async (tx) => {
      const current = await tx.agreedAction.findFirst({
        where: { id: actionId, scan: access },
        select: { status: true, title: true, owner: true, dueDate: true, notes: true },
      });
      if (!current) return { ok: false as const, error: "not-found" as const };
      const from = isActionStatus(current.status) ? current.status : "not_started";
      const now = new Date();
      const statusFields = statusChangeFields(from, input.status, now);
      const same =
        !statusFields &&
        current.title === input.title &&
        current.owner === input.owner &&
        current.notes === input.notes &&
        (current.dueDate?.getTime() ?? null) === (input.dueDate?.getTime() ?? null);
      if (same) return { ok: true as const, changed: false };
      const { count } = await tx.agreedAction.updateMany({
        where: { id: actionId, status: current.status },
        data: { title: input.title, owner: input.owner, dueDate: input.dueDate, notes: input.notes, ...statusFields },
      });
      if (count !== 1) return null;
      if (statusFields) {
        await tx.agreedActionEvent.create({
          data: { actionId, fromStatus: current.status, toStatus: input.status, byName: actor.name, at: now },
        });
      }
      return { ok: true as const, changed: true };
    });
    if (outcome) return outcome;
  }
  return { ok: false, error: "busy" };
}

/** Removes an action and its history, for one agreed by mistake (the form asks to confirm first). */
export async function deleteAction({
  actor,
  actionId,
}: {
  actor: LoopActor;
  actionId: string;
}): Promise<{ ok: true; deleted: boolean } | { ok: false; error: "not-found" }> {
  const access = scanAccessWhere(actor);
  if (!access) return { ok: false, error: "not-found" };
  const { count } = await db.agreedAction.deleteMany({ where: { id: actionId, scan: access } });
  return { ok: true, deleted: count === 1 };
}
