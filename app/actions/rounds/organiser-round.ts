import type { ActionState } from "@/lib/forms/action-state";

/** The organiser page's forms carry the organiser link's token: whoever holds it runs the round. */
export function readOrganiserToken(formData: FormData) {
  return { token: formData.get("token") };
}

export const ROUND_NOT_FOUND = { status: "error", message: "round.errors.notFound" } as const satisfies ActionState;
