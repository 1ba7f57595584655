import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field";

/** A radio or checkbox as a whole clickable tile, marked while checked. */
export const CHOICE_CLASS =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2.5 has-checked:border-brand-600 has-checked:bg-brand-50";

export type Choice = { value: string; label: ReactNode; lang?: string };

/**
 * A fieldset of radio buttons (one answer) or checkboxes (several), two columns from small screens on, with
 * its error announced and tied to the group. `id` names the error (`<id>-error`); it defaults to the name.
 */
export function ChoiceGroup({
  name,
  id = name,
  legend,
  hint,
  type = "radio",
  choices,
  checked,
  required = false,
  error,
  validated = true,
}: {
  name: string;
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  type?: "radio" | "checkbox";
  choices: ReadonlyArray<Choice>;
  /** The value (radio) or values (checkbox) checked at first. */
  checked?: string | ReadonlyArray<string>;
  required?: boolean;
  error?: string;
  /** False for a group that cannot be wrong (one choice is always checked): no error region then. */
  validated?: boolean;
}) {
  const isChecked = (value: string) => (typeof checked === "string" ? checked === value : checked?.includes(value));
  return (
    <fieldset aria-describedby={validated ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && <p className="text-sm text-stone-600">{hint}</p>}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <label key={choice.value} className={CHOICE_CLASS} lang={choice.lang}>
            <input
              type={type}
              name={name}
              value={choice.value}
              required={required || undefined}
              defaultChecked={isChecked(choice.value)}
              className="h-4 w-4 shrink-0 accent-brand-700"
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {validated && <FieldError id={id} error={error} />}
    </fieldset>
  );
}
