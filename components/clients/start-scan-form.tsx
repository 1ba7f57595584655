"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { type StartScanState, startClientScanAction } from "@/app/clients/actions";
import { CopyText } from "@/components/clients/copy-text";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { CopyLink } from "@/components/ui/copy-link";
import { FieldError } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionState } from "@/lib/forms/action-state";
import { LOCALES } from "@/lib/i18n/locales";
import { RESPONDENT_ROLES } from "@/lib/scan-rules/respondent-roles";

export type ScanKindOption = { kind: "full" | "quick"; items: number; minutes: number };

const choice =
  "flex cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2.5 has-checked:border-brand-600 has-checked:bg-brand-50";

/** Creates an invite for the client's respondent and shows the link to send; no account needed to answer. */
export function StartScanForm({
  clientId,
  kinds,
  submitKey,
  mailOn,
}: {
  clientId: string;
  kinds: readonly ScanKindOption[];
  /** One-time key, new on every render of the page: a repeated submit returns the same invite. */
  submitKey: string;
  /** Mail configured: the invitation can go to an address; off, a notice that the link is to copy. */
  mailOn: boolean;
}) {
  const t = useTranslations();
  const uiLocale = useLocale();
  const [state, formAction, pending] = useActionState<StartScanState, FormData>(
    startClientScanAction,
    initialActionState,
  );
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  const kind = fields.kind ?? "full";
  const locale = fields.locale ?? uiLocale;
  const role = fields.respondentRole ?? "manager";
  return (
    <div className="space-y-5">
      {/* Keyed by the submitted values, so the radios show them again after React resets the form. */}
      <form key={`${kind}-${locale}-${role}`} action={formAction} className="space-y-5" noValidate>
        <input type="hidden" name="clientId" value={clientId} />
        <input type="hidden" name="submitKey" value={submitKey} />
        <fieldset aria-describedby="kind-error">
          <legend className="font-medium">{t("clients.scan.kind")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {kinds.map((option) => (
              <label key={option.kind} className={choice}>
                <input
                  type="radio"
                  name="kind"
                  value={option.kind}
                  defaultChecked={kind === option.kind}
                  className="h-4 w-4 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="block">{t(`clients.scan.${option.kind}`)}</span>
                  <span className="block text-sm text-stone-600">
                    {t("clients.scan.facts", { items: option.items, minutes: option.minutes })}
                  </span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id="kind" error={errors.kind} />
        </fieldset>

        <fieldset aria-describedby="locale-error">
          <legend className="font-medium">{t("clients.scan.language")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {LOCALES.map((option) => (
              <label key={option} className={choice} lang={option}>
                <input
                  type="radio"
                  name="locale"
                  value={option}
                  defaultChecked={locale === option}
                  className="h-4 w-4 accent-brand-700"
                />
                <span>{t(`language.name.${option}`)}</span>
              </label>
            ))}
          </div>
          <FieldError id="locale" error={errors.locale} />
        </fieldset>

        <fieldset aria-describedby="respondentRole-error">
          <legend className="font-medium">{t("clients.scan.role")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {RESPONDENT_ROLES.map((option) => (
              <label key={option} className={choice}>
                <input
                  type="radio"
                  name="respondentRole"
                  value={option}
                  defaultChecked={role === option}
                  className="h-4 w-4 accent-brand-700"
                />
                <span>{t(`roles.${option}`)}</span>
              </label>
            ))}
          </div>
          <FieldError id="respondentRole" error={errors.respondentRole} />
        </fieldset>

        <TextField
          name="team"
          id="scan-team"
          label={t("clients.scan.team")}
          hint={t("clients.scan.teamHint")}
          optionalLabel={t("common.optional")}
          defaultValue={fields.team}
          maxLength={120}
          error={errors.team}
        />

        {mailOn ? (
          <TextField
            name="email"
            id="scan-email"
            type="email"
            autoComplete="off"
            label={t("mail.scan.email")}
            hint={t("mail.scan.emailHint")}
            optionalLabel={t("common.optional")}
            defaultValue={state.status === "error" ? fields.email : ""}
            maxLength={300}
            error={errors.email}
          />
        ) : (
          <MailOffNotice text={t("mail.off.scan")} />
        )}

        <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
        <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
          {pending ? t("clients.scan.starting") : t("clients.scan.submit")}
        </button>
      </form>

      <div aria-live="polite">
        {state.inviteUrl && (
          <div className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4">
            <p className="font-medium text-emerald-900">{t("clients.scan.created")}</p>
            {state.mailedTo && <p className="text-emerald-900">{t("mail.scan.mailedTo", { to: state.mailedTo })}</p>}
            <CopyLink url={state.inviteUrl} label={t("clients.scan.inviteLabel")} hint={t("clients.scan.inviteHint")} />
            {state.inviteMessage && (
              <CopyText
                id="invite-message"
                text={state.inviteMessage}
                label={t("clients.scan.messageLabel")}
                hint={t("clients.scan.messageHint")}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
