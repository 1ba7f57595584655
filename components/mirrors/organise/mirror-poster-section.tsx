import { getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locale";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";
import type { MirrorLinks } from "@/lib/server/pages/load-mirror-organiser";

/**
 * The A4 poster for a counter or reception desk, in the mirror's language (what customers read): the
 * organisation, one line why, the QR code large, the link to type, how long it takes and that it is anonymous.
 * One printed page; the app's header and footer are not printed (no-print).
 */
export async function MirrorPosterSection({ mirror, links }: { mirror: OrganiserMirror; links: MirrorLinks }) {
  const locale = toLocale(mirror.locale);
  const t = await getTranslations({ locale, namespace: "mirrorOrganise.poster" });
  const who = mirror.team ? `${mirror.organisationName} · ${mirror.team}` : mirror.organisationName;
  const shortLink = links.public.replace(/^https?:\/\//, "");
  return (
    <article
      lang={locale}
      aria-labelledby="poster-title"
      className="mx-auto flex max-w-[210mm] flex-col items-center gap-6 rounded-xl border border-stone-300 bg-white px-6 py-10 text-center shadow-sm print:h-[262mm] print:max-w-none print:justify-between print:rounded-none print:border-0 print:px-0 print:py-4 print:shadow-none"
      data-testid="mirror-poster"
    >
      <div className="space-y-3">
        <p className="text-lg font-semibold tracking-wide text-brand-800 uppercase print:text-[16pt]">{who}</p>
        <h1 id="poster-title" className="text-3xl font-bold sm:text-5xl print:text-[40pt] print:leading-tight">
          {t("headline")}
        </h1>
        <p className="mx-auto max-w-xl text-lg text-stone-700 sm:text-xl print:text-[16pt]">
          {t("why", { organisation: who })}
        </p>
      </div>
      {/* biome-ignore lint/performance/noImgElement: a data URI made on the server; next/image adds nothing here. */}
      <img
        src={links.qrImage}
        alt={t("alt")}
        className="aspect-square w-full max-w-[120mm] print:w-[120mm]"
        data-testid="poster-qr"
      />
      <div className="space-y-2">
        <p className="text-xl font-semibold sm:text-2xl print:text-[18pt]">{t("scan", { minutes: mirror.minutes })}</p>
        <p className="text-stone-700 print:text-[13pt]">{t("anonymous")}</p>
        <p className="font-mono text-sm break-all text-stone-800 sm:text-base print:text-[12pt]">{shortLink}</p>
      </div>
    </article>
  );
}
