import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("verify.confirmedTitle"), robots: { index: false, follow: false } };
}

/** Where a spent verification link lands. */
export default async function EmailConfirmedPage() {
  const t = await getTranslations("accounts");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("verify.confirmedTitle")}</h1>
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-brand-900">
        {t("verify.confirmedLead")}
      </p>
      <p>
        <Link href="/dashboard" className="font-medium text-brand-800 underline underline-offset-2">
          {t("verify.toDashboard")}
        </Link>
      </p>
    </div>
  );
}
