import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";
import type { MirrorLinks } from "@/lib/server/pages/load-mirror-organiser";

const LINK =
  "inline-flex rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";

/** The public link's QR code: a preview, PNG and SVG to download, and the printable A4 poster. */
export async function MirrorQrSection({ mirror, links }: { mirror: OrganiserMirror; links: MirrorLinks }) {
  const t = await getTranslations("mirrorOrganise.qr");
  if (mirror.closed) return null;
  return (
    <Card as="section" aria-labelledby="mirror-qr" className="min-w-0 space-y-3">
      <h2 id="mirror-qr" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      {/* biome-ignore lint/performance/noImgElement: a data URI made on the server; next/image adds nothing here. */}
      <img src={links.qrImage} alt={t("alt")} width={176} height={176} className="h-44 w-44" data-testid="mirror-qr" />
      <div className="flex flex-wrap gap-2">
        <a href={links.qrPng} download className={LINK}>
          {t("png")}
        </a>
        <a href={links.qrSvg} download className={LINK}>
          {t("svg")}
        </a>
        <Link href={links.poster} className={LINK}>
          {t("poster")}
        </Link>
      </div>
    </Card>
  );
}
