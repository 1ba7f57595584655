import "server-only";
import { db } from "@/lib/server/db/db";

/**
 * Who asks to change a scan's targets or actions: a consultant (their workspace owns the scan's client) and/or
 * the holder of a round's organiser link (only for a round filed under no client: once a round belongs to a
 * client, its consultant decides). A results link is read-only and is never an actor.
 */
export type LoopActor = {
  workspaceId?: string | null;
  organiserToken?: string | null;
  userId?: string | null;
  /** Shown in the status history: the consultant's name, "" for an organiser without an account. */
  name: string;
};

/** The condition a scan must meet for this actor; null when the actor has no standing at all. */
export function scanAccessWhere(actor: LoopActor) {
  const or = [
    ...(actor.workspaceId ? [{ client: { workspaceId: actor.workspaceId } }] : []),
    ...(actor.organiserToken ? [{ kind: "team", organiserToken: actor.organiserToken, clientId: null }] : []),
  ];
  return or.length > 0 ? { OR: or } : null;
}

/** Whether the actor may change this scan's targets and actions. */
export async function canChangeLoop({ actor, scanId }: { actor: LoopActor; scanId: string }): Promise<boolean> {
  const access = scanAccessWhere(actor);
  if (!access) return false;
  return (await db.scan.count({ where: { id: scanId, ...access } })) === 1;
}

/** The scan as the actor may change it (submitted: targets and actions follow a result), or null. */
export async function findScanForActor({ actor, scanId }: { actor: LoopActor; scanId: string }) {
  const access = scanAccessWhere(actor);
  if (!access) return null;
  return db.scan.findFirst({
    where: { id: scanId, submittedAt: { not: null }, ...access },
    select: { id: true, clientId: true, questionnaireId: true, questionnaireVersion: true, kind: true },
  });
}
