"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { attachScanAction } from "@/app/actions/clients/attach-scan";
import { FormMessage, FormSuccess } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/forms/action-state";

/** Files an anonymous self-scan under this client by the link its respondent kept. */
export function AttachForm({ clientId }: { clientId: string }) {
  const t = useTranslations("clients.attach");
  const [state, formAction, pending] = useActionState(attachScanAction, initialActionState);
  const success = state.status === "idle" ? state.message : undefined;
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
        defaultValue={state.fields?.link}
        maxLength={500}
        error={state.fieldErrors?.link}
        required
      />
      <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
      <FormSuccess message={success} />
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
