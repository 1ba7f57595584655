import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The look of every text input and select, with a red border while the field has an error. */
export const INPUT_CLASS =
  "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600";

/** The attributes that tie a control to its hint and its error message, for screen readers. */
export function fieldAria(id: string, { error, hint }: { error?: string; hint?: boolean } = {}) {
  return {
    "aria-invalid": Boolean(error),
    "aria-describedby": hint ? `${id}-hint ${id}-error` : `${id}-error`,
  };
}

/**
 * A field's error (a message key), in an aria-live region that is always present, so a new error is announced.
 * Its id is `<field id>-error`, which fieldAria points the control at.
 */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations();
  return (
    <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
      {error ? t(error) : null}
    </p>
  );
}

/**
 * Label, control, optional hint and announced error. The control is passed in and wires itself with
 * `fieldAria(id, { error, hint: Boolean(hint) })` and the INPUT_CLASS look.
 */
export function Field({
  id,
  label,
  hint,
  error,
  optionalLabel,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label in brackets, e.g. "optional". */
  optionalLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="font-medium">
        {label}
        {optionalLabel && <span className="font-normal text-stone-500"> ({optionalLabel})</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
