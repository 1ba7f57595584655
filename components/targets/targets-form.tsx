"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setTargetsAction } from "@/app/actions/targets/set-targets";
import { SavedNote } from "@/components/targets/saved-note";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";
import { commonTargetDate, ownTargetDate } from "@/lib/targets/target-dates";

export type TargetFormRow = {
  domainId: string;
  name: string;
  /** e.g. "Ontwikkelend · 48", or "geen score". */
  now: string;
  levelId: string | null;
  targetDate: string | null;
};

/**
 * Per domain a level (starting one level up); one date for all domains, which a domain can differ from. Saving
 * replaces the scan's targets and answers with a short confirmation that takes focus.
 */
export function TargetsForm({
  scanId,
  organiserToken,
  rows,
  levels,
}: {
  scanId: string;
  organiserToken?: string;
  rows: readonly TargetFormRow[];
  /** In order, labelled with their lower bound. */
  levels: ReadonlyArray<{ id: string; label: string }>;
}) {
  const t = useTranslations("loop.targets");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setTargetsAction, initialActionState);
  const value = (name: string, fallback: string | null) => state.fields?.[name] ?? fallback ?? "";
  const common = commonTargetDate(rows.map((row) => row.targetDate));
  const commonValue = value("targetDate", common);
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="targets-form">
      <input type="hidden" name="scanId" value={scanId} />
      {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
      <div className={cardClass({ padding: "sm" })}>
        <DateField
          key={`all-${commonValue}`}
          id="targets-date"
          name="targetDate"
          label={t("dateAll")}
          optionalLabel={t("optional")}
          defaultValue={commonValue}
          error={state.fieldErrors?.targetDate}
          labelClassName="font-semibold"
          className="max-w-sm"
        />
        <p className="mt-1 text-sm text-stone-600">{t("dateAllHint")}</p>
      </div>
      <ul className={cardClass({ padding: "none", className: "divide-y divide-stone-200" })}>
        {rows.map((row) => {
          const levelName = `level:${row.domainId}`;
          const dateName = `date:${row.domainId}`;
          const dateError = state.fieldErrors?.[dateName];
          const levelError = state.fieldErrors?.[levelName];
          const own = value(dateName, ownTargetDate(row.targetDate, common));
          return (
            <li key={row.domainId} className="grid gap-3 p-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
              <input type="hidden" name="domain" value={row.domainId} />
              <div className="min-w-0">
                <p className="font-semibold">{row.name}</p>
                <p className="text-sm text-stone-600">
                  {t("now")}: {row.now}
                </p>
              </div>
              <div>
                <label htmlFor={`target-${row.domainId}`} className="text-sm font-medium">
                  {t("level", { domain: row.name })}
                </label>
                <select
                  id={`target-${row.domainId}`}
                  name={levelName}
                  key={value(levelName, row.levelId)}
                  defaultValue={value(levelName, row.levelId)}
                  aria-invalid={Boolean(levelError)}
                  aria-describedby={`target-${row.domainId}-error`}
                  className={INPUT_CLASS}
                >
                  <option value="">{t("noTarget")}</option>
                  {levels.map((level) => (
                    <option key={level.id} value={level.id}>
                      {level.label}
                    </option>
                  ))}
                </select>
                <FieldError id={`target-${row.domainId}`} error={levelError} />
              </div>
              <details
                className="sm:col-start-2"
                open={own !== "" || Boolean(dateError)}
                data-testid={`own-date-${row.domainId}`}
              >
                <summary className="cursor-pointer text-sm font-medium text-brand-800">
                  {t("ownDate", { domain: row.name })}
                </summary>
                <DateField
                  key={`d-${own}`}
                  id={`target-date-${row.domainId}`}
                  name={dateName}
                  label={t("date", { domain: row.name })}
                  defaultValue={own}
                  error={dateError}
                  emptyText={t("ownDateNone")}
                  labelClassName="text-sm font-medium"
                  className="mt-2 max-w-sm"
                />
              </details>
            </li>
          );
        })}
      </ul>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <SavedNote state={state} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
