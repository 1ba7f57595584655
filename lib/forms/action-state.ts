import type { z } from "zod";

/** What a form action returns to `useActionState`: message keys, translated by the form. */
export type ActionState = {
  status: "idle" | "error";
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

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    result[key] ??= /^(\w+\.)?errors\./.test(issue.message) ? issue.message : "errors.invalidValue";
  }
  return result;
}
