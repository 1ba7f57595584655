"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { startClientScanAction } from "@/app/actions/clients/start-client-scan";
import { CopyText } from "@/components/clients/copy-text";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { initialActionState, type StartScanState } from "@/lib/forms/action-state";
import { LOCALES } from "@/lib/i18n/locales";
import { RESPONDENT_ROLES } from "@/lib/questionnaire/respondent-roles";

export type ScanKindOption = { kind: "full" | "quick"; items: number; minutes: number };

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
        <ChoiceGroup
          name="kind"
          legend={t("clients.scan.kind")}
          choices={kinds.map((option) => ({
            value: option.kind,
            label: (
              <>
                <span className="block">{t(`clients.scan.${option.kind}`)}</span>
                <span className="block text-sm text-stone-600">
                  {t("clients.scan.facts", { items: option.items, minutes: option.minutes })}
                </span>
              </>
            ),
          }))}
          checked={kind}
          error={errors.kind}
        />

        <ChoiceGroup
          name="locale"
          legend={t("clients.scan.language")}
          choices={LOCALES.map((option) => ({ value: option, label: t(`language.name.${option}`), lang: option }))}
          checked={locale}
          error={errors.locale}
        />

        <ChoiceGroup
          name="respondentRole"
          legend={t("clients.scan.role")}
          choices={RESPONDENT_ROLES.map((option) => ({ value: option, label: t(`roles.${option}`) }))}
          checked={role}
          error={errors.respondentRole}
        />

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
