"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { createActionAction } from "@/app/actions/targets/create-action";
import { ActionFields } from "@/components/targets/action-fields";
import { SavedNote } from "@/components/targets/saved-note";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * An action of one's own on this scan, behind a disclosure that closes once the action is added (the new action
 * shows in the list above, the confirmation takes focus). The one-time key turns a double submit into one action.
 */
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
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (state.status === "done") setOpen(false);
  }, [state]);
  return (
    <div className="no-print space-y-2">
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className={cardClass({ padding: "sm" })}
        data-testid="own-action"
      >
        <summary className="cursor-pointer font-semibold text-brand-800">{t("own.title")}</summary>
        <p className="mt-2 text-stone-700">{t("own.lead")}</p>
        <form action={formAction} className="mt-4 space-y-4" noValidate data-testid="own-action-form">
          <input type="hidden" name="scanId" value={scanId} />
          <input type="hidden" name="submitKey" value={submitKey} />
          {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
          <ActionFields
            prefix="own-action"
            values={state.status === "error" ? (state.fields ?? {}) : {}}
            errors={state.fieldErrors}
            domains={domains}
          />
          <FormMessage message={state.status === "error" ? state.message : undefined} />
          <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
            {pending ? t("own.adding") : t("own.submit")}
          </button>
        </form>
      </details>
      <SavedNote state={state} />
    </div>
  );
}
