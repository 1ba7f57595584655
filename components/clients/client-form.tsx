"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { SECTORS, SIZE_BANDS } from "@/lib/clients/options";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";

export type ClientFormValues = { id: string; name: string; sector: string; sizeBand: string; notes: string };

/** Create and edit share one form; after a validation error it refills from what was submitted. */
export function ClientForm({
  action,
  client,
  cancelHref,
  submitKey,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  client?: ClientFormValues;
  cancelHref: string;
  /** One-time key of this form, so a repeated create returns the same client. */
  submitKey?: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const values = state.fields ?? client ?? {};
  const submitLabel = client
    ? t(pending ? "clients.form.saving" : "clients.form.save")
    : t(pending ? "clients.form.creating" : "clients.form.create");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {client && <input type="hidden" name="clientId" value={client.id} />}
      {submitKey && <input type="hidden" name="submitKey" value={submitKey} />}
      <TextField
        name="name"
        label={t("clients.form.name")}
        autoComplete="organization"
        defaultValue={values.name}
        maxLength={120}
        error={errors.name}
        required
      />
      <Select
        name="sector"
        label={t("clients.form.sector")}
        placeholder={t("clients.form.chooseSector")}
        options={SECTORS.map((id) => ({ value: id, label: t(`sectors.${id}`) }))}
        defaultValue={values.sector}
        error={errors.sector}
      />
      <Select
        name="sizeBand"
        label={t("clients.form.sizeBand")}
        placeholder={t("clients.form.chooseSize")}
        options={SIZE_BANDS.map((id) => ({ value: id, label: t(`sizeBands.${id}`) }))}
        defaultValue={values.sizeBand}
        error={errors.sizeBand}
      />
      <TextField
        name="notes"
        label={t("clients.form.notes")}
        hint={t("clients.form.notesHint")}
        optionalLabel={t("common.optional")}
        defaultValue={values.notes}
        maxLength={2000}
        error={errors.notes}
        multiline
      />
      <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {submitLabel}
        </button>
        <Link
          href={cancelHref}
          className="rounded-lg border border-stone-300 px-5 py-2.5 font-medium text-stone-800 hover:bg-stone-100"
        >
          {t("clients.form.cancel")}
        </Link>
      </div>
    </form>
  );
}
