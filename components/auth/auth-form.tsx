"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type Mode = "sign-up" | "sign-in";

export function AuthForm({
  mode,
  action,
  invitation,
  email,
}: {
  mode: Mode;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** A colleague's invitation token, carried through sign-up and sign-in back to the invitation. */
  invitation?: string;
  /** The invited address, filled in. */
  email?: string;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const fields = state.fields ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {invitation && <input type="hidden" name="invitation" value={invitation} />}
      {mode === "sign-up" && (
        <TextField
          name="name"
          label={t("name")}
          autoComplete="name"
          defaultValue={fields.name}
          maxLength={120}
          error={errors.name}
          required
        />
      )}
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        defaultValue={fields.email ?? email}
        maxLength={254}
        error={errors.email}
        required
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={mode === "sign-up" ? t("passwordHint") : undefined}
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        maxLength={129}
        error={errors.password}
        required
      />
      <FormMessage message={state.status === "error" ? state.message : undefined} values={state.values} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full`}>
        {mode === "sign-up" ? (pending ? t("signingUp") : t("signUp")) : pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
