"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MailOffNotice } from "@/components/mail/mail-off-notice";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { initialActionState, type PersonalLinksState } from "@/lib/forms/action-state";

type LinksAction = (previous: PersonalLinksState, formData: FormData) => Promise<PersonalLinksState>;

/**
 * Paste names or e-mail addresses, one per line: each gets a personal link. With mail on, the addresses can get
 * their link by mail (an invalid address is named by its line, and nothing is stored); with mail off, a notice.
 */
export function PersonalLinksForm({
  action,
  token,
  mailOn,
  sealed = false,
}: {
  action: LinksAction;
  token: string;
  mailOn: boolean;
  /** Sealed round: addresses only, every one mailed (no choice), no link ever shown. */
  sealed?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<PersonalLinksState, FormData>(action, initialActionState);
  const error = state.fieldErrors?.list;
  const failed = state.status === "error";
  const sendMail = failed ? state.fields?.sendMail === "on" : true;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="token" value={token} />
      <div className="space-y-1">
        <label htmlFor="list" className="block font-medium">
          {sealed ? t("anonymity.sealed.label") : t("round.links.label")}
        </label>
        <textarea
          id="list"
          name="list"
          rows={5}
          defaultValue={failed ? state.fields?.list : ""}
          aria-invalid={Boolean(error)}
          aria-describedby="list-hint list-error"
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 font-mono text-sm shadow-sm aria-invalid:border-red-600"
        />
        <p id="list-hint" className="text-sm text-stone-600">
          {sealed ? t("anonymity.sealed.listHint") : t("round.links.hint")}
        </p>
        <div id="list-error" aria-live="polite" className="text-sm text-red-700">
          {error ? <p>{t(error, state.values)}</p> : null}
          {state.invalidLines && state.invalidLines.length > 0 && (
            <ul className="mt-1 list-disc space-y-0.5 pl-5 break-all">
              {state.invalidLines.map((line) => (
                <li key={line.line}>{t("mail.errors.line", { line: line.line, value: line.value })}</li>
              ))}
            </ul>
          )}
        </div>
        <p aria-live="polite" role="status" className="text-sm font-medium text-brand-800">
          {state.status === "idle" && state.message ? t(state.message, state.values) : null}
        </p>
      </div>
      {sealed ? null : mailOn ? (
        <div className="flex items-start gap-3">
          {/* Keyed so React's form reset shows the submitted choice again after an error. */}
          <input
            key={String(sendMail)}
            type="checkbox"
            id="sendMail"
            name="sendMail"
            defaultChecked={sendMail}
            aria-describedby="sendMail-hint"
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          <div>
            <label htmlFor="sendMail" className="font-medium">
              {t("mail.links.sendMail")}
            </label>
            <p id="sendMail-hint" className="text-sm text-stone-600">
              {t("mail.links.sendMailHint")}
            </p>
          </div>
        </div>
      ) : (
        <MailOffNotice text={t("mail.off.links")} />
      )}
      <FormMessage message={failed ? state.message : undefined} />
      {/* Filled only in a sealed round, where the links are the way in; beside a team link that is the next step. */}
      <button
        type="submit"
        disabled={pending}
        className={
          sealed
            ? `${PRIMARY_BUTTON} inline-flex`
            : "inline-flex rounded-lg border border-stone-400 bg-white px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        }
      >
        {t("round.links.submit")}
      </button>
    </form>
  );
}
