"use client";

import type { InputHTMLAttributes } from "react";
import { Field, fieldAria, INPUT_CLASS } from "@/components/ui/field";

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
  const id = input.id ?? name;
  const control = { id, name, ...fieldAria(id, { error, hint: Boolean(hint) }), className: INPUT_CLASS, ...input };
  return (
    <Field id={id} label={label} hint={hint} error={error} optionalLabel={optionalLabel}>
      {multiline ? <textarea rows={4} {...control} /> : <input {...control} />}
    </Field>
  );
}
