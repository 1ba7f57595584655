"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createActionAction } from "@/app/actions/targets/create-action";
import { ActionFields } from "@/components/targets/action-fields";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage, FormSuccess } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

/** An action of one's own on this scan. The one-time key turns a double submit into one action. */
export function ActionForm({
  scanId,
  organiserToken,
  domains,
  submitKey,
}: {
  scanId: string;
  organiserToken?: string;
  domains: ReadonlyArray<{ id: string; name: string }>;
  submitKey: string;
}) {
  const t = useTranslations("loop.actions");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createActionAction, initialActionState);
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="own-action-form">
      <input type="hidden" name="scanId" value={scanId} />
      <input type="hidden" name="submitKey" value={submitKey} />
      {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
      <ActionFields prefix="own-action" values={state.fields ?? {}} errors={state.fieldErrors} domains={domains} />
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <FormSuccess message={state.status === "idle" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("own.adding") : t("own.submit")}
      </button>
    </form>
  );
}
