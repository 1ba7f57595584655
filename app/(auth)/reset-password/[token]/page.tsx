import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/app/actions/auth/reset-password";
import { ResetPasswordForm } from "@/components/accounts/account-forms";
import { checkResetToken } from "@/lib/server/auth/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("reset.newTitle"), robots: { index: false, follow: false } };
}

/** The link from the mail. A forged, used or expired one says so at once, before anyone types a password. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("accounts")]);
  const owner = await checkResetToken(token);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("reset.newTitle")}</h1>
      {owner ? (
        <>
          <p className="text-stone-700">{t("reset.newLead", { email: owner.email })}</p>
          <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
            <ResetPasswordForm action={resetPasswordAction} token={token} />
          </div>
        </>
      ) : (
        <div className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
          <p>{t("reset.linkInvalid")}</p>
          <p>
            <Link href="/forgot-password" className="font-medium text-brand-800 underline underline-offset-2">
              {t("reset.askAgain")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
