"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { CopyLink } from "@/components/ui/copy-link";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { type AccountActionState, type ActionState, initialAccountState } from "@/lib/forms/action-state";

type Action<S> = (state: S, formData: FormData) => Promise<S>;

/** The form's one announced line: the error, or what was done. */
function StateMessage({ state }: { state: AccountActionState }) {
  const t = useTranslations();
  const tone =
    state.status === "done" ? "bg-brand-50 text-brand-900" : state.status === "error" ? "bg-red-50 text-red-800" : "";
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {state.status !== "idle" && state.message && (
        <p className={`rounded-md px-3 py-2 text-sm ${tone}`}>{t(state.message, state.values)}</p>
      )}
    </div>
  );
}

const errorOf = (state: { status: string; message?: string }) => (state.status === "error" ? state.message : undefined);

export function ForgotPasswordForm({ action }: { action: Action<ActionState> }) {
  const t = useTranslations("accounts");
  const ta = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <TextField
        name="email"
        type="email"
        label={ta("email")}
        autoComplete="email"
        defaultValue={state.fields?.email}
        maxLength={254}
        error={state.fieldErrors?.email}
        required
      />
      <FormMessage message={errorOf(state)} values={state.values} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full`}>
        {pending ? t("reset.sending") : t("reset.send")}
      </button>
    </form>
  );
}

function NewPasswordFields({ errors, currentToo = false }: { errors: Record<string, string>; currentToo?: boolean }) {
  const t = useTranslations("accounts");
  const ta = useTranslations("auth");
  return (
    <>
      {currentToo && (
        <TextField
          name="current"
          type="password"
          label={t("account.currentPassword")}
          autoComplete="current-password"
          maxLength={129}
          error={errors.current}
          required
        />
      )}
      <TextField
        name="password"
        type="password"
        label={t("account.newPassword")}
        hint={ta("passwordHint")}
        autoComplete="new-password"
        maxLength={129}
        error={errors.password}
        required
      />
      <TextField
        name="confirm"
        type="password"
        label={t("account.confirmPassword")}
        autoComplete="new-password"
        maxLength={129}
        error={errors.confirm}
        required
      />
    </>
  );
}

export function ResetPasswordForm({ action, token }: { action: Action<ActionState>; token: string }) {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.fieldErrors ?? {}} />
      <FormMessage message={errorOf(state)} values={state.values} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full`}>
        {pending ? t("reset.saving") : t("reset.save")}
      </button>
    </form>
  );
}

export function NameForm({ action, name }: { action: Action<AccountActionState>; name: string }) {
  const t = useTranslations("accounts");
  const ta = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, initialAccountState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        name="name"
        label={ta("name")}
        autoComplete="name"
        defaultValue={state.fields?.name ?? name}
        maxLength={120}
        error={state.fieldErrors?.name}
        required
      />
      <StateMessage state={state} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("account.saving") : t("account.saveName")}
      </button>
    </form>
  );
}

export function PasswordForm({ action }: { action: Action<AccountActionState> }) {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState(action, initialAccountState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <NewPasswordFields errors={state.fieldErrors ?? {}} currentToo />
      <StateMessage state={state} />
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("account.saving") : t("account.changePassword")}
      </button>
    </form>
  );
}

export function InviteForm({ action, locale }: { action: Action<AccountActionState>; locale: string }) {
  const t = useTranslations("accounts");
  const [state, formAction, pending] = useActionState(action, initialAccountState);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        name="email"
        type="email"
        label={t("team.inviteEmail")}
        autoComplete="off"
        defaultValue={state.status === "done" ? "" : state.fields?.email}
        key={state.status === "done" ? (state.link ?? "mailed") : "form"}
        maxLength={254}
        error={state.fieldErrors?.email}
        required
      />
      <div>
        <label htmlFor="invite-locale" className="font-medium">
          {t("team.inviteLanguage")}
        </label>
        <select
          id="invite-locale"
          name="locale"
          defaultValue={state.fields?.locale ?? locale}
          className="mt-1 block rounded-lg border border-stone-300 bg-white px-3 py-2 text-base"
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </div>
      <StateMessage state={state} />
      {state.status === "done" && state.link && (
        <div className="space-y-2 rounded-lg border border-stone-200 bg-stone-50 p-4">
          <p className="text-sm text-stone-700">{t("team.mailOffNotice")}</p>
          <CopyLink url={state.link} label={t("team.invitationLink")} hint={t("team.invitationLinkHint")} />
        </div>
      )}
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("team.inviting") : t("team.invite")}
      </button>
    </form>
  );
}
