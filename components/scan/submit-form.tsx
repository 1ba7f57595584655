"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialActionState } from "@/app/scan/action-state";
import { submitAssessmentAction } from "@/app/scan/actions";
import { FormMessage } from "@/components/ui/form-message";

export function SubmitForm({ token, hasOpenItems }: { token: string; hasOpenItems: boolean }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(submitAssessmentAction, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p className="text-stone-700">{hasOpenItems ? t("review.submitWithOpen") : t("review.submitReady")}</p>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("review.submitting") : t("review.submit")}
      </button>
    </form>
  );
}
