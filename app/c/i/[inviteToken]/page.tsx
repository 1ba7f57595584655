import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MirrorRespondSection } from "@/components/mirrors/respond/mirror-respond-section";
import { loadMirrorPage } from "@/lib/server/pages/load-mirror-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorRespond.titles");
  return { title: t("form"), robots: { index: false } };
}

/** A mailed personal link: used once; its segment is fixed by the invite, so the form does not ask it. */
export default async function PersonalMirrorPage({ params }: { params: Promise<{ inviteToken: string }> }) {
  const { inviteToken } = await params;
  const result = await loadMirrorPage("personal", inviteToken);
  return <MirrorRespondSection kind="personal" token={inviteToken} result={result} />;
}
