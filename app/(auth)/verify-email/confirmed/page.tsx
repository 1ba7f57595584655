import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAction } from "@/app/actions/auth/sign-in";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { readSignUpEmail } from "@/lib/server/auth/sign-up-cookie";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("verify.confirmedTitle"), robots: { index: false, follow: false } };
}

/**
 * Where a link spent outside the browser that signed up lands (that browser is signed in instead): the address is
 * confirmed, and the sign-in form has it filled in.
 */
export default async function EmailConfirmedPage() {
  const [t, user, prefill] = await Promise.all([getTranslations("accounts"), getSignedInUser(), readSignUpEmail()]);
  // Signed in (maybe as someone else): nothing to sign in to here.
  if (user) redirect("/dashboard");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("verify.confirmedTitle")}</h1>
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-brand-900">
        {t("verify.confirmedSignIn")}
      </p>
      <Card padding="lg" shadow>
        <AuthForm mode="sign-in" action={signInAction} email={prefill?.email} />
      </Card>
    </div>
  );
}
