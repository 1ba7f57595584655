import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { startRoundAction } from "@/app/actions/rounds/start-round";
import { RoundForm } from "@/components/round-admin/round-form";
import { createToken } from "@/lib/security/tokens";
import { mailEnabled } from "@/lib/server/mail/mail-config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("round.new");
  return { title: t("title") };
}

/** A manager without an account opens a team round. */
export default async function NewRoundPage() {
  const [t, locale] = await Promise.all([getTranslations("round.new"), getLocale()]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        <RoundForm action={startRoundAction} defaultLocale={locale} submitKey={createToken()} mailOn={mailEnabled()} />
      </div>
    </div>
  );
}
