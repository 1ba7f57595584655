"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { saveAnswerAction } from "@/app/actions/scan/save-answer";
import { saveStepAction } from "@/app/actions/scan/save-step";
import { ProgressBar } from "@/components/scan/progress-bar";
import { type SaveStatus, SaveStatusText } from "@/components/scan/save-status";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState } from "@/lib/forms/action-state";

export type DomainFormItem = { id: string; number: number; statement: string; help?: string };
export type ScaleOption = { value: number; label: string };
type Answer = number | "na" | "dk";

export function DomainForm(props: {
  token: string;
  step: number;
  steps: number;
  items: DomainFormItem[];
  scale: ScaleOption[];
  notApplicableLabel?: string;
  /** A separate "don't know" answer (v2 scales); without it "na" is the single "don't know / n.a." answer. */
  dontKnowLabel?: string;
  initialAnswers: Record<string, Answer>;
  answeredElsewhere: number;
  total: number;
  previous: string;
  next: string;
}) {
  const t = useTranslations();
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const inFlight = useRef(0);
  const [formState, formAction, navigating] = useActionState(saveStepAction, initialActionState);
  const answeredHere = props.items.filter((item) => answers[item.id] !== undefined).length;

  async function answer(itemId: string, value: Answer) {
    setAnswers((current) => ({ ...current, [itemId]: value }));
    inFlight.current += 1;
    setStatus({ kind: "saving" });
    // The action validates the value with answerValueSchema, which accepts "dk"; its parameter type is the lead's.
    const input = { token: props.token, itemId, value } as Parameters<typeof saveAnswerAction>[0];
    const result = await saveAnswerAction(input).catch(() => ({
      ok: false as const,
      message: "errors.network",
    }));
    inFlight.current -= 1;
    if (!result.ok) setStatus({ kind: "error", message: result.message });
    else if (inFlight.current === 0) setStatus({ kind: "saved" });
  }

  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="token" value={props.token} />
      <div className="sticky top-0 z-10 -mx-4 space-y-2 bg-stone-50/95 px-4 py-3 backdrop-blur">
        <ProgressBar
          answered={props.answeredElsewhere + answeredHere}
          total={props.total}
          step={props.step}
          steps={props.steps}
        />
        <SaveStatusText status={status} />
      </div>

      <div className="space-y-5">
        {props.items.map((item) => (
          <fieldset
            key={item.id}
            className={cardClass({ padding: "sm", className: "sm:p-5" })}
            aria-describedby={item.help ? `${item.id}-help` : undefined}
          >
            <legend className="sr-only">
              {item.number}. {item.statement}
            </legend>
            <p aria-hidden="true" className="font-medium">
              <span className="text-stone-500">{item.number}. </span>
              {item.statement}
            </p>
            {item.help && (
              <p id={`${item.id}-help`} className="mt-1 text-sm text-stone-600">
                {item.help}
              </p>
            )}
            <div className="mt-3 grid gap-2 sm:grid-cols-5">
              {props.scale.map((option) => (
                <ChoiceTile
                  key={option.value}
                  name={`answer.${item.id}`}
                  value={String(option.value)}
                  label={option.label}
                  checked={answers[item.id] === option.value}
                  onSelect={() => answer(item.id, option.value)}
                />
              ))}
            </div>
            {(props.dontKnowLabel || props.notApplicableLabel) && (
              <div className="mt-2 flex flex-wrap gap-2">
                {props.dontKnowLabel && (
                  <ChoiceTile
                    name={`answer.${item.id}`}
                    value="dk"
                    label={props.dontKnowLabel}
                    checked={answers[item.id] === "dk"}
                    onSelect={() => answer(item.id, "dk")}
                    subtle
                  />
                )}
                {props.notApplicableLabel && (
                  <ChoiceTile
                    name={`answer.${item.id}`}
                    value="na"
                    label={props.notApplicableLabel}
                    checked={answers[item.id] === "na"}
                    onSelect={() => answer(item.id, "na")}
                    subtle
                  />
                )}
              </div>
            )}
          </fieldset>
        ))}
      </div>

      <FormMessage message={formState.status === "error" ? formState.message : undefined} />
      {/* Next comes first in the DOM so Enter in the form moves forward; row-reverse puts Back on the left. */}
      <div className="flex flex-row-reverse flex-wrap items-center justify-between gap-3">
        <button type="submit" name="goto" value={props.next} disabled={navigating} className={PRIMARY_BUTTON}>
          {props.next === "review" ? t("scan.toReview") : t("scan.next")}
        </button>
        <button
          type="submit"
          name="goto"
          value={props.previous}
          disabled={navigating}
          className="rounded-lg border border-stone-300 bg-white px-5 py-2.5 font-medium hover:bg-stone-100 disabled:opacity-60"
        >
          {props.previous === "overview" ? t("scan.toOverview") : t("scan.previous")}
        </button>
      </div>
    </form>
  );
}

function ChoiceTile(props: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
  onSelect: () => void;
  subtle?: boolean;
}) {
  return (
    <label
      className={`flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 sm:flex-col sm:justify-center sm:gap-1.5 sm:text-center ${
        props.subtle ? "border-dashed border-stone-300 text-stone-700 sm:flex-row" : "border-stone-300"
      }`}
    >
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onSelect}
        className="h-4 w-4 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span>{props.label}</span>
    </label>
  );
}
