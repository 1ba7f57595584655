"use client";

import { useTranslations } from "next-intl";

/** A labelled select with an announced error, wired like TextField. */
export function SelectField({
  name,
  label,
  placeholder,
  options,
  defaultValue,
  error,
}: {
  name: string;
  label: string;
  placeholder: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  defaultValue?: string;
  error?: string;
}) {
  const t = useTranslations();
  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <select
        id={name}
        name={name}
        required
        // React resets forms after an action; the key makes a refilled value show up again.
        key={defaultValue ?? ""}
        defaultValue={defaultValue ?? ""}
        aria-invalid={Boolean(error)}
        aria-describedby={`${name}-error`}
        className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600"
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error ? t(error) : null}
      </p>
    </div>
  );
}
