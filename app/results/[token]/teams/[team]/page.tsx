import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamComparison } from "@/components/rounds/team-comparison";
import { localized } from "@/lib/i18n/localized";
import { tokenSchema } from "@/lib/schemas/scan";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";

type Params = { params: Promise<{ token: string; team: string }> };

/** The round's team, from the link's number; null for a link that names none. */
async function teamOf({ token, team }: { token: string; team: string }) {
  if (!tokenSchema.safeParse(token).success || !/^\d{1,3}$/.test(team)) return null;
  const round = await getRoundByResultsToken(token);
  const name = round?.teams[Number(team) - 1];
  return round && name ? { round, name } : null;
}

/** The tab's own title: the team (a group, never a respondent) and the organisation; never indexed. */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [found, t] = await Promise.all([params.then(teamOf), getTranslations("resultsSummary.pageTitle")]);
  const robots = { index: false };
  return found
    ? { title: t("team", { team: found.name, organisation: found.round.organisationName }), robots }
    : { robots };
}

/** A team's own view: its radar against the whole organisation's, when both meet the minimum. */
export default async function TeamViewPage({ params }: Params) {
  const { token, team } = await params;
  const found = await teamOf({ token, team });
  if (!found) notFound();
  const { round, name } = found;
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
