"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { CHOICE_CLASS, ChoiceGroup } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { Field, FieldError, fieldAria, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";
import { REMINDER_DAY_CHOICES } from "@/lib/mail/reminder-rules";

type MirrorAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const ASK = ["askNps", "askMark", "askOpen"] as const;

/** The start form of a customer mirror; the pairing (scan or round) is fixed by the page. */
export function MirrorForm({
  action,
  scan,
  round,
  teams,
  defaultLocale,
  submitKey,
}: {
  action: MirrorAction;
  scan: string;
  round: string;
  teams: readonly string[];
  defaultLocale: "nl" | "en";
  submitKey: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields;
  const asked = (name: (typeof ASK)[number]) => (fields ? fields[name] === "on" : name !== "askOpen");
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="submitKey" value={submitKey} />
      <input type="hidden" name="scan" value={scan} />
      <input type="hidden" name="round" value={round} />
      <ChoiceGroup
        name="audience"
        legend={t("mirrorOrganise.form.audience")}
        choices={(["external", "internal"] as const).map((value) => ({
          value,
          label: t(`mirrorOrganise.form.audienceOption.${value}`),
        }))}
        checked={fields?.audience ?? "external"}
        validated={false}
      />
      {teams.length > 0 && (
        <Field
          id="team"
          label={t("mirrorOrganise.form.team")}
          hint={t("mirrorOrganise.form.teamHint")}
          error={errors.team}
        >
          <select
            id="team"
            name="team"
            defaultValue={fields?.team ?? ""}
            className={INPUT_CLASS}
            {...fieldAria("team", { error: errors.team, hint: true })}
          >
            <option value="">{t("mirrorOrganise.form.wholeOrganisation")}</option>
            {teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
        </Field>
      )}
      <TextField
        name="segments"
        multiline
        label={t("mirrorOrganise.form.segments")}
        hint={t("mirrorOrganise.form.segmentsHint")}
        optionalLabel={t("common.optional")}
        defaultValue={fields?.segments}
        error={errors.segments}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("mirrorOrganise.form.ask")}</legend>
        {ASK.map((name) => (
          <label key={name} className={CHOICE_CLASS}>
            <input
              type="checkbox"
              name={name}
              defaultChecked={asked(name)}
              className="h-4 w-4 shrink-0 accent-brand-700"
            />
            <span>{t(`mirrorOrganise.form.${name}`)}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceGroup
        name="locale"
        legend={t("mirrorOrganise.form.locale")}
        hint={t("mirrorOrganise.form.localeHint")}
        choices={(["nl", "en"] as const).map((value) => ({ value, label: t(`language.name.${value}`) }))}
        checked={fields?.locale ?? defaultLocale}
        validated={false}
      />
      <DateField
        id="closesAt"
        name="closesAt"
        label={t("mirrorOrganise.form.closesAt")}
        hint={t("mirrorOrganise.form.closesAtHint")}
        optionalLabel={t("common.optional")}
        defaultValue={fields?.closesAt ?? ""}
        error={errors.closesAt}
      />
      <Field
        id="reminderDaysBefore"
        label={t("mail.auto.label")}
        hint={t("mirrorOrganise.form.reminderHint")}
        error={errors.reminderDaysBefore}
      >
        <select
          id="reminderDaysBefore"
          name="reminderDaysBefore"
          defaultValue={fields?.reminderDaysBefore ?? ""}
          className={INPUT_CLASS}
          {...fieldAria("reminderDaysBefore", { error: errors.reminderDaysBefore, hint: true })}
        >
          <option value="">{t("mail.auto.none")}</option>
          {REMINDER_DAY_CHOICES.map((days) => (
            <option key={days} value={days}>
              {t("mail.auto.days", { days })}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-sm text-stone-600">{t("mirrorOrganise.form.anonymity")}</p>
      <div className="space-y-2">
        <FieldError id="form" error={errors.form} />
        <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
          {pending ? t("mirrorOrganise.form.opening") : t("mirrorOrganise.form.submit")}
        </button>
      </div>
    </form>
  );
}
