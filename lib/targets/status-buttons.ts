import type { ActionStatus } from "@/lib/targets/action-status";

export type StatusStep = { to: ActionStatus; label: "start" | "done" | "reopen" };

/**
 * The one-click steps offered beside an action: start or finish an open one, reopen a closed one (back to
 * "in progress"; dropping stays in the edit form, as it deserves a note).
 */
export function statusSteps(status: ActionStatus): StatusStep[] {
  switch (status) {
    case "not_started":
      return [
        { to: "in_progress", label: "start" },
        { to: "done", label: "done" },
      ];
    case "in_progress":
      return [{ to: "done", label: "done" }];
    case "done":
    case "dropped":
      return [{ to: "in_progress", label: "reopen" }];
  }
}
