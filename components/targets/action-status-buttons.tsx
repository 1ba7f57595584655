"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setActionStatusAction } from "@/app/actions/targets/set-action-status";
import { SavedNote } from "@/components/targets/saved-note";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";
import type { ActionStatus } from "@/lib/targets/action-status";
import { statusSteps } from "@/lib/targets/status-buttons";

const BUTTON =
  "rounded-lg border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";

/**
 * One click to start, finish or reopen an action, without the edit form. Each button names the action for
 * screen readers; the confirmation takes focus, as the button clicked goes away with the new status.
 */
export function ActionStatusButtons({
  actionId,
  title,
  status,
  submitKey,
  organiserToken,
}: {
  actionId: string;
  title: string;
  status: ActionStatus;
  /** Made when the page rendered; a double click sets the status once. */
  submitKey: string;
  organiserToken?: string;
}) {
  const t = useTranslations("loop.actions");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setActionStatusAction, initialActionState);
  return (
    <form action={formAction} className="no-print space-y-2" data-testid="action-status">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="from" value={status} />
      <input type="hidden" name="submitKey" value={submitKey} />
      {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
      <div className="flex flex-wrap gap-2">
        {statusSteps(status).map((step) => (
          <button key={step.label} type="submit" name="status" value={step.to} disabled={pending} className={BUTTON}>
            {t(`step.${step.label}`)}
            <span className="sr-only">: {title}</span>
          </button>
        ))}
      </div>
      <SavedNote state={state} withErrors />
    </form>
  );
}
