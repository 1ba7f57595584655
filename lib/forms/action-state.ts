import type { z } from "zod";
import type { InvalidLine } from "@/lib/mail/invitee-lines";

/**
 * What a form action returns to `useActionState`: message keys, translated by the form. "done" is a success the
 * form shows as such (the account and colleague forms); other forms show an "idle" answer's message as success.
 */
export type ActionState = {
  status: "idle" | "error" | "done";
  message?: string;
  /** Values for placeholders in the message, e.g. { minutes: 5 }. */
  values?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  /** What was submitted (never passwords), so the form can show it again: React resets forms after an action. */
  fields?: Record<string, string>;
};

/**
 * Server actions are public endpoints that anyone can call with any arguments: a form action called with
 * something other than a FormData (a hand-made request) gets this answer instead of a TypeError and a 500.
 */
export const NOT_A_FORM = { status: "error", message: "errors.invalidValue" } as const satisfies ActionState;

/** The submitted text fields, for refilling a form after a validation error. */
export function submittedFields(formData: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") fields[name] = value.slice(0, 2000);
  }
  return fields;
}

export const initialActionState: ActionState = { status: "idle" };

// What some forms get back besides the message: each form's extension of the one ActionState, kept here.

/** The account and colleague forms: an invitation's link to copy (mail off), or that it was mailed. */
export type AccountActionState = ActionState & { link?: string; mailed?: boolean };

export const initialAccountState: AccountActionState = { status: "idle" };

/** The benchmark opt-in form: the saved choice, announced in words. */
export type OptInState = ActionState & { saved?: "on" | "off" };

export const initialOptInState: OptInState = { status: "idle" };

/**
 * The start-scan form: on success the invite link, and a message around it to send; with an address (mail on),
 * where the invitation is being sent.
 */
export type StartScanState = ActionState & { inviteUrl?: string; inviteMessage?: string; mailedTo?: string };

/** The personal-links form: with mail, also the lines that are not valid addresses, one by one. */
export type PersonalLinksState = ActionState & { invalidLines?: InvalidLine[] };

/** The agree button: the action's id once it exists. */
export type AgreeState = ActionState & { actionId?: string };

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    result[key] ??= /^(\w+\.)?errors\./.test(issue.message) ? issue.message : "errors.invalidValue";
  }
  return result;
}
