import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MirrorPosterSection } from "@/components/mirrors/organise/mirror-poster-section";
import { PrintButton } from "@/components/ui/print-button";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadMirrorOrganiserPage } from "@/lib/server/pages/load-mirror-organiser";

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorOrganise.poster");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** The printable A4 poster with the public link's QR code. */
export default async function MirrorPosterPage({ params }: Params) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const data = await loadMirrorOrganiserPage({ token });
  if (!data) notFound();
  const t = await getTranslations("mirrorOrganise.poster");
  return (
    <div className="space-y-6 print:space-y-0">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href={`/mirrors/${token}`} className="font-medium text-brand-800 underline underline-offset-2">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      {data.mirror.closed ? (
        <p className="text-stone-700">{t("closed")}</p>
      ) : (
        <MirrorPosterSection mirror={data.mirror} links={data.links} />
      )}
    </div>
  );
}
