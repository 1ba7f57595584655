import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAction } from "@/app/auth/actions";
import { AuthForm } from "@/components/auth/auth-form";
import { getConsultant } from "@/lib/auth/current-consultant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage() {
  if (await getConsultant()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
        <p className="text-stone-700">{t("signInLead")}</p>
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <AuthForm mode="sign-in" action={signInAction} />
      </div>
      <p className="text-sm text-stone-700">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-brand-800 underline underline-offset-2">
          {t("toSignUp")}
        </Link>
      </p>
    </div>
  );
}
