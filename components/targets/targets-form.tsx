"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setTargetsAction } from "@/app/actions/targets/set-targets";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage, FormSuccess } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

export type TargetFormRow = {
  domainId: string;
  name: string;
  /** e.g. "Ontwikkelend · 48", or "geen score". */
  now: string;
  levelId: string | null;
  targetDate: string | null;
};

/** Per domain a level (starting one level up) and an optional date; saving replaces the scan's targets. */
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
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="targets-form">
      <input type="hidden" name="scanId" value={scanId} />
      {organiserToken && <input type="hidden" name="organiserToken" value={organiserToken} />}
      <ul className={cardClass({ padding: "none", className: "divide-y divide-stone-200" })}>
        {rows.map((row) => {
          const levelName = `level:${row.domainId}`;
          const dateName = `date:${row.domainId}`;
          const dateError = state.fieldErrors?.[dateName];
          const levelError = state.fieldErrors?.[levelName];
          return (
            <li
              key={row.domainId}
              className="grid gap-3 p-4 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,0.8fr)]"
            >
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
              <div>
                <label htmlFor={`target-date-${row.domainId}`} className="text-sm font-medium">
                  {t("date", { domain: row.name })}{" "}
                  <span className="font-normal text-stone-500">({t("optional")})</span>
                </label>
                <input
                  id={`target-date-${row.domainId}`}
                  type="date"
                  name={dateName}
                  defaultValue={value(dateName, row.targetDate)}
                  key={`d-${value(dateName, row.targetDate)}`}
                  aria-invalid={Boolean(dateError)}
                  aria-describedby={`target-date-${row.domainId}-error`}
                  className={INPUT_CLASS}
                />
                <FieldError id={`target-date-${row.domainId}`} error={dateError} />
              </div>
            </li>
          );
        })}
      </ul>
      <FormMessage message={state.status === "error" ? state.message : undefined} />
      <FormSuccess message={state.status === "idle" ? state.message : undefined} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
