import { Field, fieldAria, INPUT_CLASS } from "@/components/ui/field";

export type SelectOption = { value: string; label: string };

/** A labelled select with an announced error, wired like TextField. */
export function Select({
  name,
  id = name,
  label,
  options,
  placeholder,
  defaultValue,
  error,
  hint,
  required = true,
  className,
}: {
  name: string;
  id?: string;
  label: string;
  options: ReadonlyArray<SelectOption>;
  /** A first, unselectable option that asks for a choice (the value stays empty until one is made). */
  placeholder?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
}) {
  const initial = defaultValue ?? (placeholder ? "" : undefined);
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        name={name}
        required={required}
        // React resets forms after an action; the key makes a refilled value show up again.
        key={initial ?? ""}
        defaultValue={initial}
        {...fieldAria(id, { error, hint: Boolean(hint) })}
        className={INPUT_CLASS}
      >
        {placeholder && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
