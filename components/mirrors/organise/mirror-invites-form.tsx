"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { MirrorInvitesState } from "@/app/actions/mirrors/add-mirror-invites.schema";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Field, fieldAria, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage, FormSuccess } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

type InvitesAction = (previous: MirrorInvitesState, formData: FormData) => Promise<MirrorInvitesState>;

/** Addresses pasted or uploaded as CSV; the answer says how many were invited and which lines were left out. */
export function MirrorInvitesForm({
  action,
  token,
  segments,
  invited,
}: {
  action: InvitesAction;
  token: string;
  segments: readonly string[];
  invited: number;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as MirrorInvitesState);
  const errors = state.fieldErrors ?? {};
  const problems = state.problems ?? [];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField
        name="list"
        multiline
        label={t("mirrorOrganise.invites.list")}
        hint={t("mirrorOrganise.invites.listHint")}
        defaultValue={state.status === "error" ? state.fields?.list : ""}
        error={errors.list}
      />
      {segments.length > 0 && (
        <Field id="segment" label={t("mirrorOrganise.invites.segment")} hint={t("mirrorOrganise.invites.segmentHint")}>
          <select
            id="segment"
            name="segment"
            defaultValue={state.fields?.segment ?? ""}
            className={INPUT_CLASS}
            {...fieldAria("segment", { error: errors.segment, hint: true })}
          >
            <option value="">{t("mirrorOrganise.invites.segmentNone")}</option>
            {segments.map((segment) => (
              <option key={segment} value={segment}>
                {segment}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field
        id="file"
        label={t("mirrorOrganise.invites.file")}
        hint={t("mirrorOrganise.invites.fileHint")}
        error={errors.file}
      >
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
          {...fieldAria("file", { error: errors.file, hint: true })}
        />
      </Field>
      <p className="text-sm text-stone-600">{t("mirrorOrganise.invites.privacy", { invited })}</p>
      {state.status === "error" ? (
        <FormMessage message={state.message} values={state.values} />
      ) : (
        <FormSuccess message={state.message} values={state.values} />
      )}
      {problems.length > 0 && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="invite-problems">
          <p className="font-medium">{t("mirrorOrganise.invites.problemsTitle")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {problems.map((problem) => (
              <li key={`${problem.line}-${problem.value}`} className="break-all">
                {t(`mirrorOrganise.invites.problem.${problem.reason}`, { line: problem.line, value: problem.value })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} inline-flex`}>
        {pending ? t("mirrorOrganise.invites.sending") : t("mirrorOrganise.invites.submit")}
      </button>
    </form>
  );
}
