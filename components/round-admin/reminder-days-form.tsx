"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";
import { REMINDER_DAY_CHOICES } from "@/lib/mail/reminder-rules";

type DaysAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** The automatic reminder of a round: none, or a number of days before the closing date. */
export function ReminderDaysForm({ action, token, days }: { action: DaysAction; token: string; days: number | null }) {
  const t = useTranslations("mail.auto");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="token" value={token} />
      <label htmlFor="reminder-days" className="block font-medium">
        {t("label")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id="reminder-days"
          name="days"
          defaultValue={days === null ? "" : String(days)}
          aria-describedby="reminder-days-hint reminder-days-status"
          className="rounded-lg border border-stone-300 bg-white px-3 py-2"
        >
          <option value="">{t("none")}</option>
          {REMINDER_DAY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t("days", { days: choice })}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        >
          {t("save")}
        </button>
      </div>
      <p id="reminder-days-hint" className="text-sm text-stone-600">
        {t("hint")}
      </p>
      <p id="reminder-days-status" aria-live="polite" role="status" className="text-sm">
        {state.message ? (
          <span className={state.status === "error" ? "text-red-700" : "font-medium text-brand-800"}>
            {tAll(state.message, state.values)}
          </span>
        ) : state.fieldErrors?.days ? (
          <span className="text-red-700">{tAll(state.fieldErrors.days)}</span>
        ) : null}
      </p>
    </form>
  );
}
