"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { startScanAction } from "@/app/actions/scan/start-scan";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/forms/action-state";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";

export function StartForm({ questionnaireId }: { questionnaireId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(startScanAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <TextField
        name="organisationName"
        label={t("start.organisation")}
        required
        maxLength={120}
        autoComplete="organization"
        defaultValue={fields.organisationName}
        error={errors.organisationName}
      />

      <ChoiceGroup
        name="respondentRole"
        legend={t("start.role")}
        choices={RESPONDENT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        checked={fields.respondentRole}
        required
        error={errors.respondentRole}
      />

      <TextField
        name="team"
        label={t("start.team")}
        optionalLabel={t("common.optional")}
        hint={t("start.teamHint")}
        maxLength={120}
        defaultValue={fields.team}
        error={errors.team}
      />

      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
        {pending ? t("start.starting") : t("start.submit")}
      </button>
    </form>
  );
}
