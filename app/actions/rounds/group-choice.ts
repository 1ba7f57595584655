import type { z } from "zod";
import { type ActionState, fieldErrors } from "@/lib/forms/action-state";

// The group-choice form of the team link and of a personal link: one schema (joinRoundSchema), one way to answer
// its errors.

export const JOIN_ERRORS = {
  "not-found": "round.errors.notFound",
  closed: "errors.roundClosed",
  "invalid-role": "errors.roleRequired",
  "invalid-team": "round.errors.teamRequired",
  sealed: "anonymity.join.sealedRefused",
  full: "anonymity.join.full",
  throttled: "anonymity.join.throttled",
} as const;

export const GROUP_CHOICE_FIELDS = ["role", "team"] as const;

export function readGroupChoice(formData: FormData) {
  return { token: formData.get("token"), role: formData.get("role") ?? "", team: formData.get("team") ?? "" };
}

/** A bad token is a missing round; a bad role or team the form's field errors. */
export function groupChoiceInvalid(error: z.ZodError, fields: Record<string, string>): ActionState {
  const errors = fieldErrors(error);
  return errors.token
    ? { status: "error", message: "round.errors.notFound" }
    : { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
}

/** A refused choice: a bad role or team belongs to its field, anything else to the form. */
export function choiceRefused(
  error: keyof typeof JOIN_ERRORS,
  fields: Record<string, string>,
  retryAfterSeconds?: number,
): ActionState {
  const message = JOIN_ERRORS[error];
  if (error === "throttled") {
    return {
      status: "error",
      message,
      values: { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) },
      fields,
    };
  }
  if (error === "invalid-role") return { status: "error", fieldErrors: { role: message }, fields };
  if (error === "invalid-team") return { status: "error", fieldErrors: { team: message }, fields };
  return { status: "error", message, fields };
}
