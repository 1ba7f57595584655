"use client";

import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { INPUT_CLASS } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { ACTION_STATUSES } from "@/lib/targets/action-status";

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
        <Select
          id={id("domain")}
          name="domainId"
          label={t("own.domain")}
          placeholder={t("own.chooseDomain")}
          options={domains.map((d) => ({ value: d.id, label: d.name }))}
          defaultValue={values.domainId}
          error={errors.domainId}
        />
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
          className={INPUT_CLASS}
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
      <DateField
        id={id("due")}
        name="dueDate"
        label={t("own.due")}
        defaultValue={values.dueDate ?? ""}
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
