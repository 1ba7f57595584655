"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { CHOICE_CLASS, ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { DEFAULT_MIN_GROUP, MIN_GROUP_CEILING, MIN_GROUP_FLOOR } from "@/lib/aggregation/minimums";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";
import { DEFAULT_SCOPE, SCOPES } from "@/lib/questionnaire/scopes";
import { needsMinGroupConfirmation } from "@/lib/scan-rules/round-minimums";

type RoundAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const STANDARD_ROLES = ["board", "manager", "employee", "other"] as const;
const DEFAULT_ROLES = ["board", "manager", "employee"];
/**
 * Opening a team round. A consultant's form has the client fixed (`clientId`); a manager without an account
 * names the organisation.
 */
export function RoundForm({
  action,
  clientId,
  defaultLocale,
  submitKey,
  mailOn,
}: {
  action: RoundAction;
  clientId?: string;
  defaultLocale: "nl" | "en";
  /** Sealed invitations are offered only with mail on: their links are mailed, never shown. */
  mailOn: boolean;
  /** One-time key made when the page rendered, so a repeated submit opens one round. */
  submitKey: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  const roles = fields.roles !== undefined ? fields.roles.split("\n") : DEFAULT_ROLES;
  const kind = fields.kind ?? "full";
  const scope = fields.scope ?? DEFAULT_SCOPE;
  const locale = fields.locale ?? defaultLocale;
  const [mode, setMode] = useState(fields.mode === "sealed" && mailOn ? "sealed" : "team");
  const [minGroup, setMinGroup] = useState(fields.minGroupSize ?? String(DEFAULT_MIN_GROUP));
  const minGroupNumber = Number(minGroup);
  const warnSmall =
    Number.isInteger(minGroupNumber) && minGroupNumber >= MIN_GROUP_FLOOR && needsMinGroupConfirmation(minGroupNumber);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="submitKey" value={submitKey} />
      {clientId ? (
        <input type="hidden" name="clientId" value={clientId} />
      ) : (
        <TextField
          name="organisationName"
          label={t("start.organisation")}
          required
          maxLength={120}
          autoComplete="organization"
          defaultValue={fields.organisationName}
          error={errors.organisationName}
        />
      )}
      <TextField
        name="organiserRole"
        label={t("round.form.organiserRole")}
        hint={t("round.form.organiserRoleHint")}
        optionalLabel={t("common.optional")}
        maxLength={120}
        defaultValue={fields.organiserRole}
        error={errors.organiserRole}
      />

      <ChoiceGroup
        name="kind"
        legend={t("round.form.kind")}
        choices={(["full", "quick"] as const).map((value) => ({ value, label: t(`round.form.kindOption.${value}`) }))}
        checked={kind}
        validated={false}
      />

      <ChoiceGroup
        name="scope"
        legend={t("round.form.scope")}
        hint={t("round.form.scopeHint")}
        choices={SCOPES.map((value) => ({ value, label: t(`round.form.scopeOption.${value}`) }))}
        checked={scope}
        validated={false}
      />

      <ChoiceGroup
        name="locale"
        legend={t("round.form.locale")}
        hint={t("round.form.localeHint")}
        choices={(["nl", "en"] as const).map((value) => ({ value, label: t(`language.name.${value}`) }))}
        checked={locale}
        validated={false}
      />

      <DateField
        id="closesAt"
        name="closesAt"
        label={t("round.form.closesAt")}
        hint={t("round.form.closesAtHint")}
        optionalLabel={t("common.optional")}
        defaultValue={fields.closesAt ?? ""}
        error={errors.closesAt}
      />

      <ChoiceGroup
        name="roles"
        type="checkbox"
        legend={t("round.form.roles")}
        hint={t("round.form.rolesHint")}
        choices={STANDARD_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        checked={roles}
        error={errors.roles}
      />
      <TextField
        name="extraRoles"
        multiline
        label={t("round.form.extraRoles")}
        hint={t("round.form.extraRolesHint")}
        optionalLabel={t("common.optional")}
        defaultValue={fields.extraRoles}
        error={errors.extraRoles}
      />
      <TextField
        name="teams"
        multiline
        label={t("round.form.teams")}
        hint={t("round.form.teamsHint")}
        optionalLabel={t("common.optional")}
        defaultValue={fields.teams}
        error={errors.teams}
      />
      <fieldset aria-describedby="mode-error">
        <legend className="font-medium">{t("anonymity.form.mode")}</legend>
        <div className="mt-2 grid gap-2">
          {(["team", "sealed"] as const).map((value) => (
            <label
              key={value}
              className={`${CHOICE_CLASS} items-start ${value === "sealed" && !mailOn ? "cursor-not-allowed opacity-70" : ""}`}
            >
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                disabled={value === "sealed" && !mailOn}
                aria-describedby={`mode-${value}-hint`}
                onChange={() => setMode(value)}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block font-medium">
                  {t(value === "team" ? "anonymity.form.modeTeam" : "anonymity.form.modeSealed")}
                </span>
                <span id={`mode-${value}-hint`} className="block text-sm text-stone-600">
                  {value === "sealed" && !mailOn
                    ? t("anonymity.form.sealedMailOff")
                    : t(value === "team" ? "anonymity.form.modeTeamHint" : "anonymity.form.modeSealedHint")}
                </span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="mode" error={errors.mode} />
      </fieldset>
      {mode === "team" && (
        <TextField
          name="expectedRespondents"
          type="number"
          inputMode="numeric"
          min={1}
          max={2000}
          required
          label={t("anonymity.form.expected")}
          hint={t("anonymity.form.expectedHint")}
          defaultValue={fields.expectedRespondents}
          error={errors.expectedRespondents}
        />
      )}
      <div className="space-y-2">
        <TextField
          name="minGroupSize"
          type="number"
          inputMode="numeric"
          min={MIN_GROUP_FLOOR}
          max={MIN_GROUP_CEILING}
          label={t("round.form.minGroupSize")}
          hint={t("anonymity.form.minGroupHint")}
          value={minGroup}
          onChange={(event) => setMinGroup(event.target.value)}
          error={errors.minGroupSize}
        />
        {warnSmall && (
          <div className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3">
            <p className="text-sm text-amber-950">{t("anonymity.form.smallGroupWarning")}</p>
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="confirmSmallGroups"
                defaultChecked={fields.confirmSmallGroups === "on"}
                aria-describedby="confirmSmallGroups-error"
                aria-invalid={Boolean(errors.confirmSmallGroups)}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <span>{t("anonymity.form.confirmSmallGroups", { min: minGroupNumber })}</span>
            </label>
          </div>
        )}
        <p id="confirmSmallGroups-error" aria-live="polite" className="text-sm text-red-700">
          {errors.confirmSmallGroups ? t(errors.confirmSmallGroups) : null}
        </p>
      </div>

      {/* The form message keeps its line free; it sits close to the button it belongs to. */}
      <div className="space-y-2">
        <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
          {pending ? t("round.form.opening") : t("round.form.submit")}
        </button>
      </div>
    </form>
  );
}
