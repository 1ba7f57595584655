import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";
import type { MirrorLinks } from "@/lib/server/pages/load-mirror-organiser";

/** The ways in for customers (public link, kiosk) while open, and the results: the page and the link to share. */
export async function MirrorLinksSection({ mirror, links }: { mirror: OrganiserMirror; links: MirrorLinks }) {
  const t = await getTranslations("mirrorOrganise.links");
  return (
    <Card as="section" aria-labelledby="mirror-links" className="min-w-0 space-y-4">
      <h2 id="mirror-links" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {mirror.closed ? (
        <p className="text-stone-700">{t("closed")}</p>
      ) : (
        <>
          <CopyLink url={links.public} label={t("public")} hint={t("publicHint")} />
          <CopyLink url={links.kiosk} label={t("kiosk")} hint={t("kioskHint")} />
        </>
      )}
      <CopyLink url={links.results} label={t("results")} hint={t("resultsHint")} />
      <Link href={links.resultsPage} className="inline-flex font-medium text-brand-800 underline underline-offset-2">
        {t("viewResults")}
      </Link>
    </Card>
  );
}
