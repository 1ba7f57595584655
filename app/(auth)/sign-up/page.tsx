import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signUpAction } from "@/app/auth/actions";
import { AuthForm } from "@/components/auth/auth-form";
import { getConsultant } from "@/lib/auth/current-consultant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage() {
  if (await getConsultant()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="text-stone-700">{t("signUpLead")}</p>
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <AuthForm mode="sign-up" action={signUpAction} />
      </div>
      <p className="text-sm text-stone-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-brand-800 underline underline-offset-2">
          {t("toSignIn")}
        </Link>
      </p>
      <p className="text-sm text-stone-600">{t("selfScanNote")}</p>
    </div>
  );
}
