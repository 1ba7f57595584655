import "server-only";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { SetTargetsInput } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import { findScanForActor, type LoopActor } from "@/lib/server/targets/access";
import { levelThreshold } from "@/lib/targets/default-targets";

export type SetTargetsResult = { ok: true; count: number } | { ok: false; error: "not-found" | "invalid-target" };

/**
 * Replaces the targets agreed on a scan: a domain with a level gets (or keeps) its target, a domain without one
 * loses it. The threshold is the level's lower bound in the scan's questionnaire. Safe to repeat; checked before
 * anything is written, so bad input stores nothing.
 */
export async function setTargets({
  actor,
  input,
}: {
  actor: LoopActor;
  input: SetTargetsInput;
}): Promise<SetTargetsResult> {
  const scan = await findScanForActor({ actor, scanId: input.scanId });
  const questionnaire = scan && getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!scan || !questionnaire) return { ok: false, error: "not-found" };
  const chosen: Array<{ domainId: string; levelId: string; minScore: number; targetDate: Date | null }> = [];
  const seen = new Set<string>();
  for (const target of input.targets) {
    if (seen.has(target.domainId) || !questionnaire.domains.some((d) => d.id === target.domainId)) {
      return { ok: false, error: "invalid-target" };
    }
    seen.add(target.domainId);
    if (target.levelId === "") continue;
    const minScore = levelThreshold(questionnaire.levels, target.levelId);
    if (minScore === null) return { ok: false, error: "invalid-target" };
    chosen.push({ domainId: target.domainId, levelId: target.levelId, minScore, targetDate: target.targetDate });
  }
  const setBy = { setByUserId: actor.workspaceId ? (actor.userId ?? null) : null, setByName: actor.name };
  await db.$transaction(async (tx) => {
    await tx.scanTarget.deleteMany({
      where: { scanId: scan.id, domainId: { notIn: chosen.map((t) => t.domainId) } },
    });
    // Upserts on the primary key: two saves at once both end with one row per domain, the later one's values.
    for (const target of chosen) {
      const values = { levelId: target.levelId, minScore: target.minScore, targetDate: target.targetDate, ...setBy };
      await tx.scanTarget.upsert({
        where: { scanId_domainId: { scanId: scan.id, domainId: target.domainId } },
        create: { scanId: scan.id, domainId: target.domainId, ...values },
        update: values,
      });
    }
  });
  return { ok: true, count: chosen.length };
}
