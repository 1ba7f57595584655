import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CopyLink } from "@/components/ui/copy-link";
import type { OrganiserMirror } from "@/lib/server/mirrors/get-mirror-for-organiser";
import type { MirrorLinks } from "@/lib/server/pages/load-mirror-organiser";

/** Title, status and what the mirror is about; the organiser link to keep (highlighted right after opening). */
export async function MirrorHeaderSection({
  mirror,
  links,
  isNew,
}: {
  mirror: OrganiserMirror;
  links: MirrorLinks;
  isNew: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("mirrorOrganise"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const status = mirror.closed
    ? t("page.closedOn", { date: day(mirror.closedAt ?? new Date()) })
    : mirror.closesAt
      ? t("page.openUntil", { date: day(mirror.closesAt) })
      : t("page.openNoDate");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p className="text-sm font-medium text-brand-800">{t("name")}</p>
        <h1 className="text-2xl font-bold break-words">
          {mirror.team ? `${mirror.organisationName} · ${mirror.team}` : mirror.organisationName}
        </h1>
        <p className="text-stone-700">
          <span
            data-testid="mirror-status"
            className={`mr-2 inline-flex rounded-full px-2 py-0.5 text-sm font-medium ${mirror.closed ? "bg-stone-200 text-stone-800" : "bg-emerald-100 text-emerald-900"}`}
          >
            {t(mirror.closed ? "page.statusClosed" : "page.statusOpen")}
          </span>
          {status} · {t(`form.audienceOption.${mirror.audience === "internal" ? "internal" : "external"}`)}
        </p>
        {!mirror.pairedFinal && <p className="text-sm text-amber-900">{t("pairing.notFinal")}</p>}
        {mirror.clientId && (
          <p>
            <Link href={`/clients/${mirror.clientId}`} className="text-sm text-brand-800 underline underline-offset-2">
              {t("page.toClient")}
            </Link>
          </p>
        )}
      </div>
      <section
        aria-labelledby="keep-link"
        className={`space-y-2 rounded-xl border p-4 sm:p-5 ${isNew ? "border-amber-400 bg-amber-50" : "border-stone-200 bg-white"}`}
      >
        <h2 id="keep-link" className="text-lg font-semibold">
          {t("page.keepTitle")}
        </h2>
        <p>{t("page.keepText")}</p>
        <CopyLink url={links.organiser} label={t("page.organiserLink")} />
      </section>
    </div>
  );
}
