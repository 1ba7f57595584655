"use server";

import { refresh } from "next/cache";
import { getLocale } from "next-intl/server";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import {
  agreeRecommendationSchema,
  createActionSchema,
  deleteActionSchema,
  setTargetsSchema,
  updateActionSchema,
} from "@/lib/schemas/targets";
import { runOnce } from "@/lib/server/actions/submit-keys";
import { getConsultant } from "@/lib/server/auth/current-consultant";
import type { LoopActor } from "@/lib/server/targets/access";
import { createActionFromRecommendation, createOwnAction } from "@/lib/server/targets/create-action";
import { setTargets } from "@/lib/server/targets/set-targets";
import { deleteAction, updateAction } from "@/lib/server/targets/update-action";

// Targets and agreed actions. Every action works out who asks (a signed-in consultant, and/or the organiser
// link a round's page carries) and the data layer checks that against the scan, so a form posted by hand with
// another scan's id changes nothing. A results link never gives any right to change.

/** What the agree button gets back: the action's id once it exists. */
export type AgreeState = ActionState & { actionId?: string };

const ACTION_FIELDS = ["title", "domainId", "owner", "dueDate", "status", "notes"] as const;
const NOT_ALLOWED = { status: "error", message: "loop.errors.notAllowed" } as const satisfies ActionState;

async function actorFrom(formData: FormData): Promise<LoopActor | null> {
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

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The targets form: per domain `level:<id>` (empty: none) and `date:<id>`, the domains listed in `domain`. */
export async function setTargetsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const actor = await actorFrom(formData);
  if (!actor) return NOT_ALLOWED;
  // More than the schema allows is refused below; the slice only keeps the echoed fields small.
  const domains = formData
    .getAll("domain")
    .filter((v): v is string => typeof v === "string")
    .slice(0, 41);
  const fields = Object.fromEntries(
    domains.flatMap((id) => [
      [`level:${id}`, text(formData, `level:${id}`)],
      [`date:${id}`, text(formData, `date:${id}`)],
    ]),
  );
  const parsed = setTargetsSchema.safeParse({
    scanId: formData.get("scanId"),
    targets: domains.map((domainId) => ({
      domainId,
      levelId: text(formData, `level:${domainId}`),
      targetDate: text(formData, `date:${domainId}`),
    })),
  });
  if (!parsed.success) {
    // Errors name the domain's field, e.g. "date:culture", so each shows beside its own input.
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const [top, index, field] = issue.path;
      const domainId = typeof index === "number" ? domains[index] : undefined;
      const key =
        top === "targets" && domainId && field ? `${field === "targetDate" ? "date" : "level"}:${domainId}` : "form";
      errors[key] ??= issue.message.startsWith("loop.") ? issue.message : "errors.invalidValue";
    }
    return { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  }
  const saved = await setTargets({ actor, input: parsed.data });
  if (!saved.ok) {
    return {
      status: "error",
      message: saved.error === "not-found" ? "loop.errors.notAllowed" : "errors.invalidValue",
      fields,
    };
  }
  refresh();
  return { status: "idle", message: saved.count > 0 ? "loop.targets.saved" : "loop.targets.cleared", fields };
}

/** "Agree as action" on a recommendation: safe to click twice (one action per recommendation and scan). */
export async function agreeRecommendationAction(_previous: AgreeState, formData: FormData): Promise<AgreeState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const actor = await actorFrom(formData);
  if (!actor) return NOT_ALLOWED;
  const parsed = agreeRecommendationSchema.safeParse({
    scanId: formData.get("scanId"),
    recommendationId: formData.get("recommendationId"),
  });
  if (!parsed.success) return { status: "error", message: "errors.invalidValue" };
  const created = await createActionFromRecommendation({
    actor,
    ...parsed.data,
    locale: (await getLocale()) as Locale,
  });
  if (!created.ok)
    return created.error === "not-found" ? NOT_ALLOWED : { status: "error", message: "errors.invalidValue" };
  refresh();
  return { status: "idle", message: "loop.actions.agreed", actionId: created.actionId };
}

function actionInput(formData: FormData) {
  return {
    title: text(formData, "title"),
    domainId: text(formData, "domainId"),
    owner: text(formData, "owner"),
    dueDate: text(formData, "dueDate"),
    status: formData.get("status") || undefined,
    notes: text(formData, "notes"),
  };
}

/** An action of one's own. The form's one-time key makes a double submit one action. */
export async function createActionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const actor = await actorFrom(formData);
  if (!actor) return NOT_ALLOWED;
  const fields = submittedFields(formData, ACTION_FIELDS);
  const parsed = createActionSchema.safeParse({ scanId: formData.get("scanId"), ...actionInput(formData) });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const { scanId, ...input } = parsed.data;
  const key = tokenSchema.safeParse(formData.get("submitKey"));
  const run = () => createOwnAction({ actor, scanId, input });
  const created = key.success ? await runOnce({ scope: `action:${scanId}`, key: key.data, input, run }) : await run();
  if (!created.ok) {
    return created.error === "unknown-domain"
      ? {
          status: "error",
          message: "errors.checkFields",
          fieldErrors: { domainId: "loop.errors.domainRequired" },
          fields,
        }
      : { ...NOT_ALLOWED, fields };
  }
  refresh();
  // The form empties itself for the next action.
  return { status: "idle", message: "loop.actions.created" };
}

/** Edits an action and/or changes its status (the history records each change). */
export async function updateActionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const actor = await actorFrom(formData);
  if (!actor) return NOT_ALLOWED;
  const fields = submittedFields(formData, ACTION_FIELDS);
  const parsed = updateActionSchema.safeParse({ actionId: formData.get("actionId"), ...actionInput(formData) });
  if (!parsed.success) {
    return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(parsed.error), fields };
  }
  const { actionId, ...input } = parsed.data;
  const updated = await updateAction({ actor, actionId, input });
  if (!updated.ok) {
    return {
      status: "error",
      message: updated.error === "busy" ? "loop.errors.busy" : "loop.errors.notAllowed",
      fields,
    };
  }
  refresh();
  return { status: "idle", message: updated.changed ? "loop.actions.saved" : "loop.actions.unchanged", fields };
}

/** Deletes an action; the form sends `confirm=yes` only from its confirmation step. */
export async function deleteActionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const actor = await actorFrom(formData);
  if (!actor) return NOT_ALLOWED;
  const parsed = deleteActionSchema.safeParse({ actionId: formData.get("actionId"), confirm: formData.get("confirm") });
  if (!parsed.success) return { status: "error", message: "loop.errors.confirmDelete" };
  const deleted = await deleteAction({ actor, actionId: parsed.data.actionId });
  if (!deleted.ok) return NOT_ALLOWED;
  refresh();
  return { status: "idle", message: "loop.actions.deleted" };
}
