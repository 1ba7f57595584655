"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type MailAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One button that posts a few hidden fields (send a reminder, send again) and announces the answer. Disabled
 * while it runs; the server makes a repeat harmless anyway.
 */
export function MailButtonForm({
  action,
  fields,
  label,
  pendingLabel,
  primary = false,
}: {
  action: MailAction;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  primary?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const button = primary
    ? "inline-flex rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    : "inline-flex rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60";
  return (
    <form action={formAction} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={button}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <p aria-live="polite" role="status" className={primary ? "text-sm" : "text-xs"}>
        {state.message ? (
          <span className={state.status === "error" ? "text-red-700" : "font-medium text-brand-800"}>
            {t(state.message, state.values)}
          </span>
        ) : null}
      </p>
    </form>
  );
}
