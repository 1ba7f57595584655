import type { z } from "zod";
import { type ActionState, fieldErrors } from "@/lib/forms/action-state";

/** The client form's text fields, refilled after an error. */
export const CLIENT_FIELDS = ["name", "sector", "sizeBand", "notes"] as const;

/** The client form (new and edit), as clientFormSchema reads it. */
export function readClientForm(formData: FormData) {
  return {
    name: formData.get("name") ?? "",
    sector: formData.get("sector") ?? "",
    sizeBand: formData.get("sizeBand") ?? "",
    notes: formData.get("notes") ?? "",
  };
}

/** A bad client id is a missing client; anything else is the form's own field errors. */
export function clientFormRefused(error: z.ZodError, fields: Record<string, string>): ActionState {
  if (error.issues.some((issue) => issue.path[0] === "clientId")) {
    return { status: "error", message: "clients.errors.notFound" };
  }
  return { status: "error", message: "errors.checkFields", fieldErrors: fieldErrors(error), fields };
}
