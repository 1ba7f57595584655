"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { attachScanAction } from "@/app/actions/clients/attach-scan";
import { SavedNote } from "@/components/targets/saved-note";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * Files an anonymous self-scan (its private link) or a team round (its organiser link) under this client. Once
 * added, the field empties and the confirmation takes focus; the scan shows in the history.
 */
export function AttachForm({ clientId }: { clientId: string }) {
  const t = useTranslations("clients.attach");
  const [state, formAction, pending] = useActionState(attachScanAction, initialActionState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="clientId" value={clientId} />
      <TextField
        name="link"
        id="attach-link"
        type="url"
        inputMode="url"
        autoComplete="off"
        label={t("link")}
        defaultValue={state.status === "error" ? state.fields?.link : ""}
        key={state.status === "error" ? "refill" : "empty"}
        maxLength={500}
        error={state.fieldErrors?.link}
        required
      />
      <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
      <SavedNote state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("adding") : t("submit")}
      </button>
    </form>
  );
}
