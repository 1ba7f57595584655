"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setBenchmarkOptInAction } from "@/app/actions/benchmark/set-benchmark-opt-in";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { initialOptInState } from "@/lib/forms/action-state";

/** One button that turns taking part on or off; the outcome is announced (aria-live). */
export function OptInForm({ optIn }: { optIn: boolean }) {
  const t = useTranslations("benchmark.page");
  const [state, formAction, pending] = useActionState(setBenchmarkOptInAction, initialOptInState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="optIn" value={optIn ? "off" : "on"} />
      <button
        type="submit"
        disabled={pending}
        className={
          optIn
            ? "rounded-lg border border-stone-300 bg-white px-5 py-2.5 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
            : PRIMARY_BUTTON
        }
      >
        {pending ? t("saving") : optIn ? t("turnOff") : t("turnOn")}
      </button>
      <p aria-live="polite" role="status" className="min-h-6 text-sm text-emerald-900">
        {state.saved === "on" ? t("savedOn") : state.saved === "off" ? t("savedOff") : ""}
      </p>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
    </form>
  );
}
