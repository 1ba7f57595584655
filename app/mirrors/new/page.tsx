import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { createMirrorAction } from "@/app/actions/mirrors/create-mirror";
import { MirrorForm } from "@/components/mirrors/organise/mirror-form";
import { MirrorPairingSection } from "@/components/mirrors/organise/mirror-pairing-section";
import { toLocale } from "@/lib/i18n/locale";
import { idSchema } from "@/lib/schemas/client";
import { tokenSchema } from "@/lib/schemas/scan";
import { createToken } from "@/lib/security/tokens";
import { loadMirrorNewPage } from "@/lib/server/pages/load-mirror-new";

type Query = { searchParams: Promise<{ scan?: string | string[]; round?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorOrganise.new");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Opening a customer mirror, paired with a client's scan (consultant) or a round (its organiser link). */
export default async function NewMirrorPage({ searchParams }: Query) {
  const query = await searchParams;
  const scan = idSchema.safeParse(query.scan);
  const round = tokenSchema.safeParse(query.round);
  const data = await loadMirrorNewPage({
    scan: scan.success ? scan.data : undefined,
    round: round.success ? round.data : undefined,
  });
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations("mirrorOrganise.new"), getLocale()]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <MirrorPairingSection pairing={data.pairing} locale={locale} />
      <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <MirrorForm
          action={createMirrorAction}
          scan={data.scan}
          round={data.round}
          teams={data.pairing.teams}
          defaultLocale={toLocale(locale)}
          submitKey={createToken()}
        />
      </div>
    </div>
  );
}
