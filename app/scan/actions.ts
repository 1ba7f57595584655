"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { answersFromFormData, saveErrorKey } from "@/app/scan/form-answers";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { saveAnswerSchema, saveAnswersSchema, startScanSchema, submitResponseSchema } from "@/lib/schemas/scan";
import { createScan } from "@/lib/server/scans/create-scan";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";

export async function startScanAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = startScanSchema.safeParse({
    questionnaireId: formData.get("questionnaireId"),
    organisationName: formData.get("organisationName") ?? "",
    respondentRole: formData.get("respondentRole") ?? undefined,
    team: formData.get("team") ?? undefined,
    locale: await getLocale(),
  });
  if (!parsed.success) {
    return {
      status: "error",
      message: "errors.checkFields",
      fieldErrors: fieldErrors(parsed.error),
      fields: submittedFields(formData, ["organisationName", "respondentRole", "team"]),
    };
  }
  const created = await createScan({ input: parsed.data });
  if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
  redirect(`/scan/${created.resumeToken}`);
}

export type SaveAnswerResult = { ok: true } | { ok: false; message: string };

/** Called as each answer is given; safe to repeat. */
export async function saveAnswerAction(input: {
  token: string;
  itemId: string;
  value: number | "na";
}): Promise<SaveAnswerResult> {
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "errors.invalidAnswer" };
  const saved = await saveAnswers({
    resumeToken: parsed.data.token,
    answers: [{ itemId: parsed.data.itemId, value: parsed.data.value }],
  });
  return saved.ok ? { ok: true } : { ok: false, message: saveErrorKey(saved.error) };
}

/** The page's form: saves every answer on it (also without JavaScript), then moves to the chosen step. */
export async function saveStepAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const token = String(formData.get("token") ?? "");
  const parsed = saveAnswersSchema.safeParse({ token, answers: answersFromFormData(formData) });
  if (!parsed.success) return { status: "error", message: "errors.invalidAnswer" };
  const saved = await saveAnswers({ resumeToken: parsed.data.token, answers: parsed.data.answers });
  if (!saved.ok && (saved.error === "submitted" || saved.error === "closed")) redirect(`/scan/${parsed.data.token}`);
  if (!saved.ok) return { status: "error", message: saveErrorKey(saved.error) };
  const target = String(formData.get("goto") ?? "");
  redirect(
    /^(\d{1,2}|review|overview)$/.test(target) ? stepHref(parsed.data.token, target) : `/scan/${parsed.data.token}`,
  );
}

function stepHref(token: string, target: string): string {
  return target === "overview" ? `/scan/${token}` : `/scan/${token}/${target}`;
}

export async function submitResponseAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = submitResponseSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: "errors.invalidToken" };
  const submitted = await submitResponse({ resumeToken: parsed.data.token });
  if (!submitted.ok) {
    if (submitted.error === "closed") redirect(`/scan/${parsed.data.token}/closed`);
    return { status: "error", message: "errors.scanNotFound" };
  }
  // A round's respondent never sees a result of their own: only the round's aggregate exists.
  redirect(submitted.kind === "team" ? `/scan/${parsed.data.token}/done` : `/results/${submitted.shareToken}`);
}
