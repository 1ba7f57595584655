"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type MailLinkAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** "Mail me this link": the organiser of a round without an account sends the organiser link to their address. */
export function MailOrganiserLinkForm({ action, token }: { action: MailLinkAction; token: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const error = state.fieldErrors?.email;
  return (
    <form action={formAction} className="space-y-2 border-t border-stone-200 pt-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <h3 className="font-semibold">{t("mail.organiserLink.form.title")}</h3>
      <p className="text-sm text-stone-700">{t("mail.organiserLink.form.lead")}</p>
      <label htmlFor="organiser-link-email" className="block text-sm font-medium">
        {t("mail.organiserLink.form.label")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="organiser-link-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.status === "error" ? state.fields?.email : ""}
          aria-invalid={Boolean(error)}
          aria-describedby="organiser-link-email-status"
          className="min-w-0 flex-1 rounded-lg border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600 sm:max-w-sm"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-stone-400 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        >
          {t("mail.organiserLink.form.submit")}
        </button>
      </div>
      <p id="organiser-link-email-status" aria-live="polite" role="status" className="text-sm">
        {error ? (
          <span className="text-red-700">{t(error)}</span>
        ) : state.status === "error" && state.message ? (
          <span className="text-red-700">{t(state.message, state.values)}</span>
        ) : state.status === "done" && state.message ? (
          <span className="font-medium text-brand-800">{t(state.message, state.values)}</span>
        ) : null}
      </p>
    </form>
  );
}
