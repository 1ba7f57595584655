"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The short confirmation a form shows once it saved ("done"). It takes focus when it appears, so keyboard and
 * screen-reader users land on what happened instead of on a form that has closed or reset under them.
 */
export function SavedNote({
  state,
  withErrors = false,
  className = "",
}: {
  state: ActionState;
  /** Also show an error answer here (for small forms without a FormMessage of their own). */
  withErrors?: boolean;
  className?: string;
}) {
  const t = useTranslations();
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === "done") note.current?.focus();
  }, [state]);
  return (
    <div role="status" aria-live="polite" className={className}>
      {withErrors && state.status === "error" && state.message && (
        <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{t(state.message, state.values)}</p>
      )}
      {state.status === "done" && state.message && (
        <p
          ref={note}
          tabIndex={-1}
          data-testid="saved-note"
          className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
        >
          {t(state.message, state.values)}
        </p>
      )}
    </div>
  );
}
