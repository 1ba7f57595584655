import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MirrorRespondSection } from "@/components/mirrors/respond/mirror-respond-section";
import { loadMirrorPage } from "@/lib/server/pages/load-mirror-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorRespond.titles");
  return { title: t("form"), robots: { index: false } };
}

/** The mirror's public link (and QR code): every customer who opens it can hand in one set of answers. */
export default async function PublicMirrorPage({ params }: { params: Promise<{ publicToken: string }> }) {
  const { publicToken } = await params;
  const result = await loadMirrorPage("public", publicToken);
  return <MirrorRespondSection kind="public" token={publicToken} result={result} />;
}
