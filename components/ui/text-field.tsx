"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";

/** Label, input, optional hint and an announced error message, wired together for screen readers. */
export function TextField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  multiline = false,
  ...input
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  multiline?: boolean;
} & InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>) {
  const t = useTranslations();
  const id = input.id ?? name;
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  const className =
    "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600";
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
        {optionalLabel && <span className="font-normal text-stone-500"> ({optionalLabel})</span>}
      </label>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={4}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          className={className}
          {...input}
        />
      ) : (
        <input
          id={id}
          name={name}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          className={className}
          {...input}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error ? t(error) : null}
      </p>
    </div>
  );
}
