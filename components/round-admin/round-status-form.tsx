"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

// Outlined, not filled: while the round is open, sharing the team link is the next step and closing the last.
const SECONDARY_BUTTON =
  "rounded-lg border border-stone-400 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60";

type StatusAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Close (with a confirmation step: respondents still answering lose their chance) or reopen a round. */
export function RoundStatusForm({
  action,
  token,
  mode,
  unfinished,
}: {
  action: StatusAction;
  token: string;
  mode: "close" | "reopen";
  unfinished: number;
}) {
  const t = useTranslations("round.status");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [confirming, setConfirming] = useState(false);
  // Keyboard users keep their place: the question takes focus when it appears, the close button when cancelled.
  const moved = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    if (confirming) question.current?.focus();
    else closeButton.current?.focus();
  }, [confirming]);
  const choose = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };
  if (mode === "close" && !confirming) {
    return (
      <button
        ref={closeButton}
        type="button"
        onClick={() => choose(true)}
        className={`${SECONDARY_BUTTON} inline-flex`}
      >
        {t("close")}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {mode === "close" && (
        <p
          ref={question}
          tabIndex={-1}
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
        >
          {t("confirmText", { unfinished })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
          {mode === "close" ? t("confirmClose") : t("reopen")}
        </button>
        {mode === "close" && (
          <button type="button" onClick={() => choose(false)} className={SECONDARY_BUTTON}>
            {t("cancel")}
          </button>
        )}
      </div>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
    </form>
  );
}
