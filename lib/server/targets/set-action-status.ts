import "server-only";
import { db } from "@/lib/server/db/db";
import { type LoopActor, scanAccessWhere } from "@/lib/server/targets/access";
import { type ActionStatus, isActionStatus, statusChangeFields } from "@/lib/targets/action-status";

export type SetActionStatusResult = { ok: true; changed: boolean } | { ok: false; error: "not-found" | "busy" };

const ATTEMPTS = 3;

/**
 * Changes only an action's status (the one-click buttons beside an action), recorded as the edit form records
 * it: the moment, doneAt, and a history row in the same transaction, conditional on the status read. Setting
 * the status it already has changes nothing and writes no history, so a repeat is harmless.
 */
export async function setActionStatus({
  actor,
  actionId,
  status,
}: {
  actor: LoopActor;
  actionId: string;
  status: ActionStatus;
}): Promise<SetActionStatusResult> {
  const access = scanAccessWhere(actor);
  if (!access) return { ok: false, error: "not-found" };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await db.$transaction(async (tx) => {
      const current = await tx.agreedAction.findFirst({
        where: { id: actionId, scan: access },
        select: { status: true },
      });
      if (!current) return { ok: false as const, error: "not-found" as const };
      const from = isActionStatus(current.status) ? current.status : "not_started";
      const now = new Date();
      const fields = statusChangeFields(from, status, now);
      if (!fields) return { ok: true as const, changed: false };
      const { count } = await tx.agreedAction.updateMany({
        where: { id: actionId, status: current.status },
        data: fields,
      });
      if (count !== 1) return null;
      await tx.agreedActionEvent.create({
        data: { actionId, fromStatus: current.status, toStatus: status, byName: actor.name, at: now },
      });
      return { ok: true as const, changed: true };
    });
    if (outcome) return outcome;
  }
  return { ok: false, error: "busy" };
}
