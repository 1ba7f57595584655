"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/app/scan/action-state";
import { initialActionState } from "@/app/scan/action-state";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";

type LinksAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Paste names or e-mail addresses, one per line: each gets a personal link (sending mail comes later). */
export function PersonalLinksForm({ action, token }: { action: LinksAction; token: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const error = state.fieldErrors?.list;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <div className="space-y-1">
        <label htmlFor="list" className="block font-medium">
          {t("round.links.label")}
        </label>
        <textarea
          id="list"
          name="list"
          rows={5}
          defaultValue={state.status === "error" ? state.fields?.list : ""}
          aria-invalid={Boolean(error)}
          aria-describedby="list-hint list-error"
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-sm shadow-sm aria-invalid:border-red-600"
        />
        <p id="list-hint" className="text-sm text-stone-600">
          {t("round.links.hint")}
        </p>
        <p id="list-error" aria-live="polite" className="text-sm text-red-700">
          {error ? t(error, state.values) : null}
        </p>
        <p aria-live="polite" role="status" className="text-sm font-medium text-brand-800">
          {state.status === "idle" && state.message ? t(state.message, state.values) : null}
        </p>
      </div>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
        {t("round.links.submit")}
      </button>
    </form>
  );
}
