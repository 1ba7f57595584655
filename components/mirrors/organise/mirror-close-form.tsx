"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";

const SECONDARY_BUTTON =
  "rounded-lg border border-stone-400 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60";

type CloseAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Close the mirror, after a confirmation step: it cannot be reopened and the addresses are deleted. */
export function MirrorCloseForm({ action, token }: { action: CloseAction; token: string }) {
  const t = useTranslations("mirrorOrganise.close");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [confirming, setConfirming] = useState(false);
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
  if (!confirming) {
    return (
      <button
        ref={closeButton}
        type="button"
        onClick={() => choose(true)}
        className={`${SECONDARY_BUTTON} inline-flex`}
      >
        {t("button")}
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p
        ref={question}
        tabIndex={-1}
        className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
      >
        {t("confirmText")}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
          {t("confirm")}
        </button>
        <button type="button" onClick={() => choose(false)} className={SECONDARY_BUTTON}>
          {t("cancel")}
        </button>
      </div>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
    </form>
  );
}
