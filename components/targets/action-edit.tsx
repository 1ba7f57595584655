"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { deleteActionAction } from "@/app/actions/targets/delete-action";
import { updateActionAction } from "@/app/actions/targets/update-action";
import { ActionFields } from "@/components/targets/action-fields";
import { SavedNote } from "@/components/targets/saved-note";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type Values = { title: string; owner: string; dueDate: string; status: string; notes: string };

const SECONDARY =
  "rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60";

/**
 * Edit an action (status included) in place; deleting asks first and points to "dropped" instead. Once saved,
 * the editor closes and the confirmation below it takes focus.
 */
export function ActionEdit({ actionId, title, values }: { actionId: string; title: string; values: Values }) {
  const t = useTranslations("loop.actions");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updateActionAction, initialActionState);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (state.status === "done") setOpen(false);
  }, [state]);
  const shown = state.status === "error" && state.fields ? { ...values, ...state.fields } : values;
  return (
    <div className="no-print space-y-2">
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="rounded-lg border border-stone-200 bg-stone-50 p-3"
        data-testid="action-edit"
      >
        <summary className="cursor-pointer font-semibold text-brand-800">
          {t("edit")}
          <span className="sr-only">: {title}</span>
        </summary>
        <form action={formAction} className="mt-3 space-y-4" noValidate>
          <input type="hidden" name="actionId" value={actionId} />
          <ActionFields prefix={`edit-${actionId}`} values={shown} errors={state.fieldErrors} />
          <FormMessage message={state.status === "error" ? state.message : undefined} />
          <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
            {pending ? t("saving") : t("save")}
          </button>
        </form>
        <DeleteAction actionId={actionId} />
      </details>
      <SavedNote state={state} />
    </div>
  );
}

function DeleteAction({ actionId }: { actionId: string }) {
  const t = useTranslations("loop.actions");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(deleteActionAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  // Keyboard users keep their place: the question takes focus when it appears, the button when cancelled.
  const moved = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    if (confirming) question.current?.focus();
    else button.current?.focus();
  }, [confirming]);
  const choose = (next: boolean) => {
    moved.current = true;
    setConfirming(next);
  };
  return (
    <div className="mt-4 border-t border-stone-200 pt-3">
      {confirming ? (
        <form action={formAction} className="space-y-3">
          <input type="hidden" name="actionId" value={actionId} />
          <input type="hidden" name="confirm" value="yes" />
          <p
            ref={question}
            tabIndex={-1}
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
          >
            {t("confirmDelete")}
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={pending}
              className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
            >
              {t("confirmYes")}
            </button>
            <button type="button" onClick={() => choose(false)} className={SECONDARY}>
              {t("cancel")}
            </button>
          </div>
          <FormMessage message={state.status === "error" ? state.message : undefined} />
        </form>
      ) : (
        <button ref={button} type="button" onClick={() => choose(true)} className={SECONDARY}>
          {t("delete")}
        </button>
      )}
    </div>
  );
}
