import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MirrorNotice } from "@/components/mirrors/respond/mirror-notice";
import { loadMirrorThanksPage } from "@/lib/server/pages/load-mirror-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorRespond.titles");
  return { title: t("thanks"), robots: { index: false } };
}

/** After handing in through the public link. */
export default async function PublicMirrorThanksPage({ params }: { params: Promise<{ publicToken: string }> }) {
  const { publicToken } = await params;
  const organisation = await loadMirrorThanksPage("public", publicToken);
  return (
    <div className="mx-auto max-w-xl">
      <MirrorNotice kind="thanks" organisationName={organisation} />
    </div>
  );
}
