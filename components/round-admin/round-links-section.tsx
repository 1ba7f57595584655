import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { setExpectedRespondentsAction } from "@/app/actions/rounds/set-expected-respondents";
import { ExpectedRespondentsForm } from "@/components/round-admin/expected-respondents-form";
import { TeamLinkShare } from "@/components/round-admin/team-link-share";
import { TeamViewsSection } from "@/components/rounds/team-views-section";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import { toLocale } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { Round } from "@/lib/server/rounds/get-round";

/** The ready-to-send message for the team link, in the round's language (what respondents will read). */
async function teamMessage(round: Round, link: string): Promise<string> {
  const locale = toLocale(round.locale);
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "round.teamMessage" }),
    getFormatter({ locale }),
  ]);
  return [
    t("greeting"),
    t("intro", { organisation: round.organisationName, minutes: round.questionnaire.estimatedMinutes }),
    t("anonymous", { min: round.minGroupSize }),
    `${t("link")}\n${link}`,
    round.closesAt ? t("closes", { date: format.dateTime(round.closesAt, { dateStyle: "long" }) }) : null,
    t("thanks"),
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The links the organiser hands out: the team link while open (never in a sealed round), results, team views. */
export async function RoundLinksSection({
  round,
  token,
  origin,
  teamJoined,
  teamViews,
}: {
  round: Round;
  token: string;
  origin: string;
  teamJoined: number;
  teamViews: ReadonlyArray<{ team: string; number: number }>;
}) {
  const [t, tAnon] = await Promise.all([getTranslations("round"), getTranslations("anonymity")]);
  const teamLink = absoluteUrl({ origin, path: `/join/${round.teamToken}`, lang: round.locale });
  const share = round.sealed || round.closed ? null : await teamMessage(round, teamLink);
  return (
    <Card as="section" aria-labelledby="links" className="min-w-0 space-y-4">
      <h2 id="links" className="text-lg font-semibold">
        {t("organiser.linksTitle")}
      </h2>
      {round.sealed ? (
        <p className="text-stone-700" data-testid="sealed-no-team-link">
          {tAnon("sealed.noTeamLink")}
        </p>
      ) : (
        share && (
          <>
            <TeamLinkShare
              url={teamLink}
              label={t("organiser.teamLink")}
              hint={t("organiser.teamLinkHint")}
              message={{ title: t("teamMessage.title"), lead: t("teamMessage.lead"), text: share }}
            />
            <ExpectedRespondentsForm
              action={setExpectedRespondentsAction}
              token={token}
              expected={round.expectedRespondents ?? 0}
              joined={teamJoined}
            />
          </>
        )
      )}
      <CopyLink
        url={absoluteUrl({ origin, path: `/results/${round.resultsToken}` })}
        label={t("organiser.resultsLink")}
        hint={t("organiser.resultsLinkHint")}
      />
      {round.closed && (
        <Link
          href={`/results/${round.resultsToken}`}
          className="inline-flex font-medium text-brand-800 underline underline-offset-2"
        >
          {t("organiser.viewResults")}
        </Link>
      )}
      <TeamViewsSection
        resultsToken={round.resultsToken}
        teamViews={teamViews}
        title={t("organiser.teamViews")}
        variant="organiser"
      />
    </Card>
  );
}
