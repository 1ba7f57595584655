import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requestResetAction } from "@/app/actions/auth/request-reset";
import { ForgotPasswordForm } from "@/components/accounts/account-forms";
import { RESET_TOKEN_TTL_SECONDS } from "@/lib/auth/password-reset-rules";
import { accountMailEnabled } from "@/lib/server/auth/account-mail";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("reset.forgotTitle"), robots: { index: false, follow: false } };
}

/** Asks for the address; after sending, the same answer for every address. Without mail: who can help. */
export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ sent }, t] = await Promise.all([searchParams, getTranslations("accounts")]);
  const mailOn = accountMailEnabled();
  const minutes = RESET_TOKEN_TTL_SECONDS / 60;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("reset.forgotTitle")}</h1>
        {mailOn && sent !== "1" && <p className="text-stone-700">{t("reset.forgotLead", { minutes })}</p>}
      </div>
      {!mailOn ? (
        <p className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-stone-800">{t("reset.mailOffPage")}</p>
      ) : sent === "1" ? (
        <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-stone-800">
          {t("reset.sent", { minutes })}
        </p>
      ) : (
        <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
          <ForgotPasswordForm action={requestResetAction} />
        </div>
      )}
      <p className="text-sm text-stone-700">
        <Link href="/sign-in" className="font-medium text-brand-800 underline underline-offset-2">
          {t("reset.backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
