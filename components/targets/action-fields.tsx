"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { ACTION_STATUSES } from "@/lib/targets/action-status";

const SELECT =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600";

/** The fields an action is written and edited with; ids are prefixed so several forms can share a page. */
export function ActionFields({
  prefix,
  values,
  errors = {},
  domains,
}: {
  prefix: string;
  values: Partial<Record<"title" | "domainId" | "owner" | "dueDate" | "status" | "notes", string>>;
  errors?: Record<string, string>;
  /** Offered only when the action is new: an agreed action keeps its domain. */
  domains?: ReadonlyArray<{ id: string; name: string }>;
}) {
  const t = useTranslations("loop.actions");
  const te = useTranslations();
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField
          id={id("title")}
          name="title"
          label={t("own.titleField")}
          defaultValue={values.title}
          key={`t-${values.title ?? ""}`}
          maxLength={200}
          required
          error={errors.title}
        />
      </div>
      {domains && (
        <div>
          <label htmlFor={id("domain")} className="font-medium">
            {t("own.domain")}
          </label>
          <select
            id={id("domain")}
            name="domainId"
            required
            key={`d-${values.domainId ?? ""}`}
            defaultValue={values.domainId ?? ""}
            aria-invalid={Boolean(errors.domainId)}
            aria-describedby={`${id("domain")}-error`}
            className={SELECT}
          >
            <option value="" disabled>
              {t("own.chooseDomain")}
            </option>
            {domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <p id={`${id("domain")}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
            {errors.domainId ? te(errors.domainId) : null}
          </p>
        </div>
      )}
      <div>
        <label htmlFor={id("status")} className="font-medium">
          {t("own.status")}
        </label>
        <select
          id={id("status")}
          name="status"
          key={`s-${values.status ?? ""}`}
          defaultValue={values.status ?? "not_started"}
          className={SELECT}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={id("owner")}
        name="owner"
        label={t("own.owner")}
        hint={t("own.ownerHint")}
        defaultValue={values.owner}
        key={`o-${values.owner ?? ""}`}
        maxLength={120}
        autoComplete="off"
        error={errors.owner}
      />
      <TextField
        id={id("due")}
        name="dueDate"
        type="date"
        label={t("own.due")}
        defaultValue={values.dueDate}
        key={`u-${values.dueDate ?? ""}`}
        error={errors.dueDate}
      />
      <div className="sm:col-span-2">
        <TextField
          id={id("notes")}
          name="notes"
          label={t("own.notes")}
          multiline
          defaultValue={values.notes}
          key={`n-${values.notes ?? ""}`}
          maxLength={2000}
          error={errors.notes}
        />
      </div>
    </div>
  );
}
