"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type ExpectedAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The team link's limit: how many responses it came in through so far, and the expected number of respondents,
 * which the organiser changes while the round is open (never below what already came in).
 */
export function ExpectedRespondentsForm({
  action,
  token,
  expected,
  joined,
}: {
  action: ExpectedAction;
  token: string;
  expected: number;
  joined: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const error = state.fieldErrors?.expectedRespondents;
  return (
    <form action={formAction} className="space-y-2 rounded-lg bg-stone-50 p-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-stone-700" data-testid="team-link-usage">
        {t("anonymity.expected.usage", { joined, expected })}
      </p>
      {joined >= expected && <p className="text-sm font-medium text-amber-900">{t("anonymity.expected.full")}</p>}
      <label htmlFor="expectedRespondents" className="block font-medium">
        {t("anonymity.expected.label")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="expectedRespondents"
          name="expectedRespondents"
          type="number"
          inputMode="numeric"
          min={Math.max(1, joined)}
          max={2000}
          defaultValue={state.status === "error" ? state.fields?.expectedRespondents : String(expected)}
          aria-invalid={Boolean(error)}
          aria-describedby="expectedRespondents-status"
          className="w-28 rounded-lg border border-stone-300 bg-white px-3 py-2 aria-invalid:border-red-600"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        >
          {t("anonymity.expected.submit")}
        </button>
      </div>
      <p id="expectedRespondents-status" aria-live="polite" role="status" className="text-sm">
        {error ? (
          <span className="text-red-700">{t(error, state.values)}</span>
        ) : state.status === "idle" && state.message ? (
          <span className="font-medium text-brand-800">{t(state.message)}</span>
        ) : null}
      </p>
    </form>
  );
}
