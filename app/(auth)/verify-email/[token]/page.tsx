import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { confirmEmailAction } from "@/app/actions/auth/confirm-email";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { checkVerificationToken } from "@/lib/server/auth/email-verification";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("verify.title"), robots: { index: false, follow: false } };
}

/** The link from the verification mail: one button spends it; a forged, used or expired one says so. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t] = await Promise.all([params, getTranslations("accounts")]);
  const pending = await checkVerificationToken(token);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("verify.title")}</h1>
      {pending ? (
        <form
          action={confirmEmailAction}
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm"
        >
          <p className="text-stone-700">{t("verify.lead", { email: pending.email })}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={PRIMARY_BUTTON}>
            {t("verify.confirm")}
          </button>
        </form>
      ) : (
        <div className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
          <p>{t("verify.linkInvalid")}</p>
          <p>
            <Link href="/sign-in" className="font-medium text-brand-800 underline underline-offset-2">
              {t("verify.toSignIn")}
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
