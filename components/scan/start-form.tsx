"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startScanAction } from "@/app/actions/scan/start-scan";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/forms/action-state";
import { RESPONDENT_ROLES } from "@/lib/scan-rules/respondent-roles";

export function StartForm({ questionnaireId }: { questionnaireId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(startScanAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  const input =
    "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600";
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <div>
        <label htmlFor="organisationName" className="font-medium">
          {t("start.organisation")}
        </label>
        <input
          id="organisationName"
          name="organisationName"
          required
          maxLength={120}
          autoComplete="organization"
          defaultValue={fields.organisationName}
          aria-invalid={Boolean(errors.organisationName)}
          aria-describedby="organisationName-error"
          className={input}
        />
        <FieldError id="organisationName" error={errors.organisationName} />
      </div>

      <ChoiceGroup
        name="respondentRole"
        legend={t("start.role")}
        choices={RESPONDENT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        checked={fields.respondentRole}
        required
        error={errors.respondentRole}
      />

      <div>
        <label htmlFor="team" className="font-medium">
          {t("start.team")} <span className="font-normal text-stone-500">({t("common.optional")})</span>
        </label>
        <input
          id="team"
          name="team"
          maxLength={120}
          defaultValue={fields.team}
          aria-invalid={Boolean(errors.team)}
          aria-describedby="team-hint team-error"
          className={input}
        />
        <p id="team-hint" className="mt-1 text-sm text-stone-600">
          {t("start.teamHint")}
        </p>
        <FieldError id="team" error={errors.team} />
      </div>

      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
        {pending ? t("start.starting") : t("start.submit")}
      </button>
    </form>
  );
}
