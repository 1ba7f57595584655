"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type GroupAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const STANDARD_ROLES = new Set(["board", "manager", "employee", "other"]);
const choice =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2.5 has-checked:border-brand-600 has-checked:bg-brand-50";

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
      <fieldset aria-describedby="role-error">
        <legend className="font-medium">{t("round.join.role")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role} className={choice}>
              <input
                type="radio"
                name="role"
                value={role}
                required
                defaultChecked={fields.role === role}
                className="h-4 w-4 accent-brand-700"
              />
              <span>{STANDARD_ROLES.has(role) ? t(`roles.${role as "board"}`) : role}</span>
            </label>
          ))}
        </div>
        <FieldError id="role" error={errors.role} />
      </fieldset>
      {teams.length > 0 && (
        <div>
          <label htmlFor="team" className="font-medium">
            {t("round.join.team")}
          </label>
          <select
            id="team"
            name="team"
            defaultValue={fields.team ?? ""}
            aria-invalid={Boolean(errors.team)}
            aria-describedby="team-hint team-error"
            className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm"
          >
            <option value="">{t("round.join.noTeam")}</option>
            {teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
          <p id="team-hint" className="mt-1 text-sm text-stone-600">
            {t("round.join.teamHint")}
          </p>
          <FieldError id="team" error={errors.team} />
        </div>
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
