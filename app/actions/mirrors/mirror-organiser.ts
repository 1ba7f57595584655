import type { ActionState } from "@/lib/forms/action-state";

/** The organiser page's forms carry the mirror's organiser token: whoever holds it runs the mirror. */
export function readMirrorToken(formData: FormData) {
  return { token: formData.get("token") };
}

export const MIRROR_NOT_FOUND = {
  status: "error",
  message: "mirrorOrganise.errors.notFound",
} as const satisfies ActionState;
