import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import type { ActionFieldsInput } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import { findScanForActor, type LoopActor } from "@/lib/server/targets/access";

export type CreateActionResult =
  | { ok: true; actionId: string; created: boolean }
  | { ok: false; error: "not-found" | "unknown-recommendation" | "unknown-domain" };

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

/**
 * Turns one of the scan's recommendations into an agreed action, titled in the language of the person agreeing
 * it (editable later). One action per recommendation and scan (a unique index): a repeat, or two clicks at once,
 * get the existing action back.
 */
export async function createActionFromRecommendation({
  actor,
  scanId,
  recommendationId,
  locale,
}: {
  actor: LoopActor;
  scanId: string;
  recommendationId: string;
  locale: Locale;
}): Promise<CreateActionResult> {
  const scan = await findScanForActor({ actor, scanId });
  const questionnaire = scan && getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!scan || !questionnaire) return { ok: false, error: "not-found" };
  const found = questionnaire.domains.flatMap((domain) =>
    Object.values(domain.recommendations)
      .flat()
      .filter((r) => r.id === recommendationId)
      .map((recommendation) => ({ domainId: domain.id, recommendation })),
  )[0];
  if (!found) return { ok: false, error: "unknown-recommendation" };
  const existing = () =>
    db.agreedAction.findUnique({
      where: { scanId_recommendationId: { scanId, recommendationId } },
      select: { id: true },
    });
  const before = await existing();
  if (before) return { ok: true, actionId: before.id, created: false };
  try {
    const action = await db.agreedAction.create({
      data: {
        scanId,
        questionnaireId: scan.questionnaireId,
        questionnaireVersion: scan.questionnaireVersion,
        domainId: found.domainId,
        recommendationId,
        title: localized(found.recommendation.title, locale),
        createdByUserId: actor.workspaceId ? (actor.userId ?? null) : null,
        events: { create: { fromStatus: null, toStatus: "not_started", byName: actor.name } },
      },
      select: { id: true },
    });
    return { ok: true, actionId: action.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await existing();
    if (!winner) throw error;
    return { ok: true, actionId: winner.id, created: false };
  }
}

/** An action of one's own, on a domain of the scan's questionnaire. Repeats are caught by the form's submit key. */
export async function createOwnAction({
  actor,
  scanId,
  input,
}: {
  actor: LoopActor;
  scanId: string;
  input: ActionFieldsInput;
}): Promise<CreateActionResult> {
  const scan = await findScanForActor({ actor, scanId });
  const questionnaire = scan && getQuestionnaire(scan.questionnaireId, scan.questionnaireVersion);
  if (!scan || !questionnaire) return { ok: false, error: "not-found" };
  if (!questionnaire.domains.some((d) => d.id === input.domainId)) return { ok: false, error: "unknown-domain" };
  const now = new Date();
  const action = await db.agreedAction.create({
    data: {
      scanId,
      questionnaireId: scan.questionnaireId,
      questionnaireVersion: scan.questionnaireVersion,
      domainId: input.domainId,
      recommendationId: null,
      title: input.title,
      owner: input.owner,
      dueDate: input.dueDate,
      status: input.status,
      notes: input.notes,
      statusChangedAt: now,
      doneAt: input.status === "done" ? now : null,
      createdByUserId: actor.workspaceId ? (actor.userId ?? null) : null,
      events: { create: { fromStatus: null, toStatus: input.status, byName: actor.name, at: now } },
    },
    select: { id: true },
  });
  return { ok: true, actionId: action.id, created: true };
}
