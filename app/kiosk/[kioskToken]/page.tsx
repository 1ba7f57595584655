import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MirrorRespondSection } from "@/components/mirrors/respond/mirror-respond-section";
import { loadMirrorPage } from "@/lib/server/pages/load-mirror-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorRespond.titles");
  return { title: t("form"), robots: { index: false } };
}

/** The kiosk on a tablet at a desk: a fresh, empty form for every customer, and no way back to the last one's. */
export default async function KioskMirrorPage({ params }: { params: Promise<{ kioskToken: string }> }) {
  const { kioskToken } = await params;
  const result = await loadMirrorPage("kiosk", kioskToken);
  return <MirrorRespondSection kind="kiosk" token={kioskToken} result={result} />;
}
