"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { agreeRecommendationAction } from "@/app/actions/targets/agree-recommendation";
import { type AgreeState, initialActionState } from "@/lib/forms/action-state";

/** Turns one recommendation into an agreed action; once agreed it says so instead of offering it again. */
export function AgreeButton({
  scanId,
  organiserToken,
  recommendationId,
  title,
  agreed,
}: {
  scanId: string;
  organiserToken?: string;
  recommendationId: string;
  title: string;
  agreed: boolean;
}) {
  const t = useTranslations("loop.actions");
  const te = useTranslations();
  const [state, formAction, pending] = useActionState<AgreeState, FormData>(
    agreeRecommendationAction,
    initialActionState,
  );
  if (agreed || state.actionId) {
    return (
      <p
        className="no-print mt-3 inline-flex items-center gap-1.5 text-sm font-semibold text-emerald-900"
        role="status"
      >
        <span aria-hidden="true">✓</span>
        {t("agreedLabel")}
      </p>
    );
  }
  return (
    <form action={formAction} className="no-print mt-3">
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? (
          t("agreeing")
        ) : (
          <>
            <span aria-hidden="true">+ </span>
            {t("agree")}
            <span className="sr-only">: {title}</span>
          </>
        )}
      </button>
      {state.status === "error" && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {te(state.message)}
        </p>
      )}
    </form>
  );
}
