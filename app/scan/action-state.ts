import type { z } from "zod";

/** What a form action returns to `useActionState`: message keys, translated by the form. */
export type ActionState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
};

export const initialActionState: ActionState = { status: "idle" };

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    result[key] ??= issue.message.startsWith("errors.") ? issue.message : "errors.invalidValue";
  }
  return result;
}
