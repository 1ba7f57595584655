"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, INPUT_CLASS } from "@/components/ui/field";
import { dayToDate } from "@/lib/targets/day-value";

/**
 * A date input with the chosen day written out in the page's language beside it. The browser shows the input
 * itself in its own locale (a Dutch page in an English browser reads 03/15/2027), so the written-out day is what
 * tells the reader which day it is.
 */
export function DateField({
  id,
  name,
  label,
  defaultValue,
  error,
  hint,
  optionalLabel,
  emptyText,
  labelClassName = "font-medium",
  className,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  /** A line under the label (what the date is for). */
  hint?: string;
  optionalLabel?: string;
  /** What the line beside the field says while no day is chosen. */
  emptyText?: string;
  labelClassName?: string;
  className?: string;
}) {
  const t = useTranslations("loop.date");
  const format = useFormatter();
  const [value, setValue] = useState(defaultValue);
  const day = dayToDate(value);
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
        {optionalLabel && <span className="font-normal text-stone-500"> ({optionalLabel})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={defaultValue}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={`${hint ? `${id}-hint ` : ""}${id}-shown ${id}-error`}
        className={INPUT_CLASS}
      />
      <p id={`${id}-shown`} className="mt-1 text-sm text-stone-600" data-testid="date-shown">
        {day
          ? t("shown", {
              date: format.dateTime(day, { dateStyle: "full", timeZone: "Europe/Amsterdam" }),
            })
          : (emptyText ?? t("none"))}
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}
