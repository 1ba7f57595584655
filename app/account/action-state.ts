import type { ActionState } from "@/lib/forms/action-state";

/** The account and colleague forms also report success ("done"), and an invitation its link to copy. */
export type AccountActionState = Omit<ActionState, "status"> & {
  status: "idle" | "error" | "done";
  /** The invitation link, shown to copy when mail is off. */
  link?: string;
  /** Whether the invitation went out by mail. */
  mailed?: boolean;
};

export const initialAccountState: AccountActionState = { status: "idle" };
