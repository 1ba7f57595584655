import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { KioskNextCustomer } from "@/components/mirrors/respond/kiosk-next-customer";
import { MirrorNotice } from "@/components/mirrors/respond/mirror-notice";
import { loadMirrorThanksPage } from "@/lib/server/pages/load-mirror-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mirrorRespond.titles");
  return { title: t("thanks"), robots: { index: false } };
}

/** The kiosk's short thanks; then the form again, empty, for the next customer (the page is replaced). */
export default async function KioskThanksPage({ params }: { params: Promise<{ kioskToken: string }> }) {
  const { kioskToken } = await params;
  const organisation = await loadMirrorThanksPage("kiosk", kioskToken);
  return (
    <div className="mx-auto max-w-xl">
      <MirrorNotice kind="thanks" organisationName={organisation}>
        <KioskNextCustomer formPath={`/kiosk/${kioskToken}`} />
      </MirrorNotice>
    </div>
  );
}
