import type { ActionState } from "@/lib/forms/action-state";

/** What the opt-in form gets back: the saved choice, announced in words. */
export type OptInState = ActionState & { saved?: "on" | "off" };

export const initialOptInState: OptInState = { status: "idle" };
