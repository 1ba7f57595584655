"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitResponseAction } from "@/app/actions/scan/submit-response";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/forms/action-state";

/** `round`: a team round's respondent sees no result of their own, so the button says what it does. */
export function SubmitForm({
  token,
  hasOpenItems,
  round = false,
}: {
  token: string;
  hasOpenItems: boolean;
  round?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(submitResponseAction, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p className="text-stone-700">
        {hasOpenItems ? t("review.submitWithOpen") : round ? t("review.submitReadyRound") : t("review.submitReady")}
      </p>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("review.submitting") : round ? t("review.submitRound") : t("review.submit")}
      </button>
    </form>
  );
}
