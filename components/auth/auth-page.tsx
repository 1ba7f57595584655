import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAction, signUpAction } from "@/app/auth/actions";
import { getConsultant } from "@/lib/auth/current-consultant";
import { AuthForm } from "./auth-form";

/** Sign-up and sign-in share one layout; a signed-in consultant goes straight to the dashboard. */
export async function AuthPage({ mode, signedUp = false }: { mode: "sign-up" | "sign-in"; signedUp?: boolean }) {
  if (await getConsultant()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const signUp = mode === "sign-up";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{signUp ? t("signUpTitle") : t("signInTitle")}</h1>
        <p className="text-stone-700">{signUp ? t("signUpLead") : t("signInLead")}</p>
      </div>
      {signedUp && <p className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-stone-800">{t("signedUp")}</p>}
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <AuthForm mode={mode} action={signUp ? signUpAction : signInAction} />
      </div>
      <p className="text-sm text-stone-700">
        {signUp ? t("haveAccount") : t("noAccount")}{" "}
        <Link
          href={signUp ? "/sign-in" : "/sign-up"}
          className="font-medium text-brand-800 underline underline-offset-2"
        >
          {signUp ? t("toSignIn") : t("toSignUp")}
        </Link>
      </p>
      {signUp && <p className="text-sm text-stone-600">{t("selfScanNote")}</p>}
    </div>
  );
}
