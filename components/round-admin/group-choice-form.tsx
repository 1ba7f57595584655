"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type GroupAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const STANDARD_ROLES = new Set(["board", "manager", "employee", "other"]);
/** Role and team of a round's respondent: chosen from what the round offers, before the first statement. */
export function GroupChoiceForm({
  action,
  token,
  roles,
  teams,
}: {
  action: GroupAction;
  token: string;
  roles: readonly string[];
  teams: readonly string[];
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="token" value={token} />
      <ChoiceGroup
        name="role"
        legend={t("round.join.role")}
        choices={roles.map((role) => ({
          value: role,
          label: STANDARD_ROLES.has(role) ? t(`roles.${role as "board"}`) : role,
        }))}
        checked={fields.role}
        required
        error={errors.role}
      />
      {teams.length > 0 && (
        <Select
          name="team"
          label={t("round.join.team")}
          hint={t("round.join.teamHint")}
          options={[
            { value: "", label: t("round.join.noTeam") },
            ...teams.map((team) => ({ value: team, label: team })),
          ]}
          defaultValue={fields.team ?? ""}
          required={false}
          error={errors.team}
        />
      )}
      {/* The form message keeps its line free; it sits close to the button it belongs to. */}
      <div className="space-y-2">
        <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
          {pending ? t("start.starting") : t("round.join.submit")}
        </button>
      </div>
    </form>
  );
}
