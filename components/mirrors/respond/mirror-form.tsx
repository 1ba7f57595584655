"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/card";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FieldError, fieldAria, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";
import type { MirrorForm as MirrorFormData, MirrorLinkKind } from "@/lib/server/mirrors/get-mirror-form";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A radio as a whole clickable tile; `compact` for the rows of numbers (NPS, mark). */
function Tile({
  name,
  value,
  label,
  checked,
  subtle = false,
  compact = false,
}: {
  name: string;
  value: string;
  label: string;
  checked: boolean;
  subtle?: boolean;
  compact?: boolean;
}) {
  const look = subtle ? "border-dashed text-stone-700" : "";
  // The scale's five points stand side by side from small screens on, label under the radio; the rest is a row.
  const layout = compact
    ? "justify-center gap-1.5 px-1 py-2 tabular-nums"
    : subtle
      ? "gap-3 px-3 py-2"
      : "gap-3 px-3 py-2 sm:flex-col sm:justify-center sm:gap-1.5 sm:text-center";
  return (
    <label
      className={`flex cursor-pointer items-center rounded-lg border border-stone-300 bg-white text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 ${layout} ${look}`}
    >
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={checked}
        className="h-4 w-4 shrink-0 accent-brand-700 focus-visible:outline-none"
      />
      <span>{label}</span>
    </label>
  );
}

/** A 0–10 or 1–10 question as a row of numbered tiles, with a way to leave it unanswered. */
function NumberQuestion({
  name,
  question,
  hint,
  from,
  chosen,
  error,
}: {
  name: "nps" | "mark";
  question: string;
  hint: string;
  from: 0 | 1;
  chosen: string;
  error?: string;
}) {
  const t = useTranslations("mirrorRespond.form");
  const values = Array.from({ length: 11 - from }, (_, i) => String(i + from));
  return (
    <fieldset aria-describedby={`${name}-hint ${name}-error`} className="space-y-2">
      <legend className="font-medium">{question}</legend>
      <p id={`${name}-hint`} className="text-sm text-stone-600">
        {hint}
      </p>
      <div className={`grid gap-2 ${from === 0 ? "grid-cols-6 sm:grid-cols-11" : "grid-cols-5 sm:grid-cols-10"}`}>
        {values.map((value) => (
          <Tile key={value} name={name} value={value} label={value} checked={chosen === value} compact />
        ))}
      </div>
      <div className="flex">
        <Tile name={name} value="" label={t("skip")} checked={chosen === ""} subtle compact />
      </div>
      <FieldError id={name} error={error} />
    </fieldset>
  );
}

/**
 * The customer's form on one page: the statements per domain (a radio group each: the scale, don't know, not
 * applicable), then what this mirror asks besides. Nothing is required; a refused hand-in gives back every
 * choice (the action returns them as `fields`), so nothing the customer chose is lost.
 */
export function MirrorForm({
  form,
  kind,
  token,
  submitKey,
  action,
}: {
  form: MirrorFormData;
  kind: MirrorLinkKind;
  token: string;
  submitKey: string;
  action: Action;
}) {
  const t = useTranslations("mirrorRespond.form");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const fields = state.fields ?? {};
  const errors = state.fieldErrors ?? {};
  const [commentLength, setCommentLength] = useState((fields.comment ?? "").length);
  let number = 0;
  return (
    <form action={formAction} autoComplete="off" className="space-y-8" aria-describedby="mirror-form-message">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="submitKey" value={submitKey} />
      <FieldError id="answers" error={errors.answers} />
      {form.domains.map((domain) => (
        <section key={domain.id} aria-labelledby={`domain-${domain.id}`} className="space-y-4">
          <h2 id={`domain-${domain.id}`} className="text-lg font-semibold">
            {domain.name}
          </h2>
          {domain.items.map((item) => {
            number += 1;
            const name = `answer.${item.id}`;
            const chosen = fields[name];
            return (
              <fieldset key={item.id} className={cardClass({ padding: "sm", className: "sm:p-5" })}>
                <legend className="sr-only">
                  {number}. {item.statement}
                </legend>
                <p aria-hidden="true" className="font-medium">
                  <span className="text-stone-500">{number}. </span>
                  {item.statement}
                </p>
                <div className="mt-3 grid gap-2 sm:grid-cols-5">
                  {form.scale.map((point) => (
                    <Tile
                      key={point.value}
                      name={name}
                      value={String(point.value)}
                      label={point.label}
                      checked={chosen === String(point.value)}
                    />
                  ))}
                </div>
                {(form.dontKnowLabel || form.notApplicableLabel) && (
                  <div className="mt-2 flex flex-wrap gap-2">
                    {form.dontKnowLabel && (
                      <Tile name={name} value="dk" label={form.dontKnowLabel} checked={chosen === "dk"} subtle />
                    )}
                    {form.notApplicableLabel && (
                      <Tile name={name} value="na" label={form.notApplicableLabel} checked={chosen === "na"} subtle />
                    )}
                  </div>
                )}
              </fieldset>
            );
          })}
        </section>
      ))}

      {(form.nps || form.mark || form.open || form.segments.length > 0) && (
        <section aria-labelledby="mirror-appreciation" className={cardClass({ className: "space-y-6" })}>
          <h2 id="mirror-appreciation" className="text-lg font-semibold">
            {t("appreciationHeading")}
          </h2>
          {form.nps && (
            <NumberQuestion
              name="nps"
              question={form.nps.question}
              hint={t("npsHint")}
              from={0}
              chosen={fields.nps ?? ""}
              error={errors.nps}
            />
          )}
          {form.mark && (
            <NumberQuestion
              name="mark"
              question={form.mark.question}
              hint={t("markHint")}
              from={1}
              chosen={fields.mark ?? ""}
              error={errors.mark}
            />
          )}
          {form.open && (
            <div>
              <label htmlFor="comment" className="font-medium">
                {form.open.question}
              </label>
              <textarea
                id="comment"
                name="comment"
                rows={4}
                maxLength={form.open.maxLength}
                defaultValue={fields.comment ?? ""}
                onChange={(event) => setCommentLength(event.currentTarget.value.length)}
                className={INPUT_CLASS}
                {...fieldAria("comment", { error: errors.comment, hint: true })}
              />
              <p id="comment-hint" className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-stone-600">
                <span>{t("commentHint")}</span>
                <span className="tabular-nums">{t("counter", { count: commentLength, max: form.open.maxLength })}</span>
              </p>
              <FieldError id="comment" error={errors.comment} />
            </div>
          )}
          {form.segments.length > 0 && (
            <ChoiceGroup
              name="segment"
              legend={t("segment")}
              choices={[
                ...form.segments.map((segment) => ({ value: segment, label: segment })),
                { value: "", label: t("segmentNone") },
              ]}
              checked={fields.segment ?? ""}
              error={errors.segment}
            />
          )}
        </section>
      )}

      <div className="space-y-3">
        <FormMessage
          id="mirror-form-message"
          message={state.status === "error" ? state.message : undefined}
          values={state.values}
        />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full sm:w-auto`}>
          {pending ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
