import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setExpectedRespondentsAction } from "@/app/actions/rounds/set-expected-respondents";
import { ExpectedRespondentsForm } from "@/components/round-admin/expected-respondents-form";
import { TeamViewsSection } from "@/components/rounds/team-views-section";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";
import { absoluteUrl } from "@/lib/links/absolute-url";
import type { Round } from "@/lib/server/rounds/get-round";

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
        !round.closed && (
          <>
            <CopyLink
              url={absoluteUrl({ origin, path: `/join/${round.teamToken}`, lang: round.locale })}
              label={t("organiser.teamLink")}
              hint={t("organiser.teamLinkHint")}
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
