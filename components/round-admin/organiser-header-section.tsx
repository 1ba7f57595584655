import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { Round } from "@/lib/server/rounds/get-round";

/** The organiser page's title with the round's state and dates; for a client's round, the way back to the client. */
export async function OrganiserHeaderSection({
  round,
  locale,
  client,
}: {
  round: Round;
  locale: Locale;
  /** Only for a signed-in consultant of the client's workspace. */
  client: { id: string; name: string } | null;
}) {
  const [t, format] = await Promise.all([getTranslations("round"), getFormatter()]);
  const status = round.closed ? t("organiser.statusClosed") : t("organiser.statusOpen");
  return (
    <header className="space-y-2">
      {client && (
        <nav aria-label={t("organiser.breadcrumb")} className="text-sm">
          <Link href={`/clients/${client.id}`} className="font-medium text-brand-800 underline underline-offset-2">
            <span aria-hidden="true">← </span>
            {t("organiser.backToClient", { client: client.name })}
          </Link>
        </nav>
      )}
      <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
      <h1 className="text-2xl font-bold sm:text-3xl">
        {t("organiser.title", { organisation: round.organisationName })}
      </h1>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-stone-700">
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${round.closed ? "bg-stone-200 text-stone-800" : "bg-emerald-100 text-emerald-900"}`}
        >
          {status}
        </span>
        <span>
          {[
            t("organiser.opened", { date: format.dateTime(round.createdAt, { dateStyle: "long" }) }),
            round.closedAt
              ? t("organiser.closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "long" }) })
              : round.closesAt
                ? t("organiser.closesOn", { date: format.dateTime(round.closesAt, { dateStyle: "long" }) })
                : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </p>
    </header>
  );
}
