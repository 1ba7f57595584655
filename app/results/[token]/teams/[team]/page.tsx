import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamComparison } from "@/components/rounds/team-comparison";
import { localized } from "@/lib/i18n/localized";
import { tokenSchema } from "@/lib/schemas/scan";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";

export const metadata: Metadata = { robots: { index: false } };

/** A team's own view: its radar against the whole organisation's, when both meet the minimum. */
export default async function TeamViewPage({ params }: { params: Promise<{ token: string; team: string }> }) {
  const { token, team } = await params;
  if (!tokenSchema.safeParse(token).success || !/^\d{1,3}$/.test(team)) notFound();
  const round = await getRoundByResultsToken(token);
  const name = round?.teams[Number(team) - 1];
  if (!round || !name) notFound();
  const [t, locale] = await Promise.all([getTranslations("round.results"), getLocale()]);
  return (
    <div className="space-y-8">
      <nav className="no-print">
        <Link
          href={`/results/${token}`}
          className="text-sm font-medium text-brand-800 underline-offset-2 hover:underline"
        >
          <span aria-hidden="true">← </span>
          {t("backToRound")}
        </Link>
      </nav>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">
          {t("teamTitle", { team: name, organisation: round.organisationName })}
        </h1>
      </header>
      {round.closed && round.aggregate ? (
        <TeamComparison questionnaire={round.questionnaire} aggregate={round.aggregate} team={name} locale={locale} />
      ) : (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-stone-700">{t("notClosedText")}</p>
      )}
    </div>
  );
}
