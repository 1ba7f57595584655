import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { joinRoundAction } from "@/app/actions/rounds/join-round";
import { GroupChoiceForm } from "@/components/round-admin/group-choice-form";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { RoundIntro } from "@/components/round-admin/round-intro";
import { RoundModeNotice } from "@/components/round-admin/round-mode-notice";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import { roundCookieName } from "@/lib/rounds/round-cookie";
import { tokenSchema } from "@/lib/schemas/scan";
import { getRoundByTeamToken } from "@/lib/server/rounds/get-round";
import { countTeamLinkResponses } from "@/lib/server/rounds/join-round";
import { getScanState } from "@/lib/server/scans/get-scan-state";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The team link: everyone who opens it starts a response of their own, up to the expected number of respondents.
 * A sealed round has no team link: the page says so and offers nothing to fill in.
 */
export default async function JoinRoundPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const round = await getRoundByTeamToken(token);
  if (!round) notFound();
  const [t, tAnon, locale, cookieStore, joined] = await Promise.all([
    getTranslations("round.join"),
    getTranslations("anonymity.join"),
    getLocale() as Promise<Locale>,
    cookies(),
    countTeamLinkResponses(round.id),
  ]);
  // The team link has taken as many responses as the organiser expects: say so before anyone fills in the form.
  const full = joined >= (round.expectedRespondents ?? 0);
  // This browser already started: offer its own response again rather than a second one.
  const remembered = cookieStore.get(roundCookieName(token))?.value;
  const own =
    remembered && tokenSchema.safeParse(remembered).success ? await getScanState({ resumeToken: remembered }) : null;
  const mine = own && own.scan.id === round.id ? own : null;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold">{t("title", { organisation: round.organisationName })}</h1>
        <p className="text-stone-700">{localized(round.questionnaire.introduction, locale)}</p>
        <p className="text-sm text-stone-600">
          {t("facts", { items: round.questionnaire.items.length, minutes: round.questionnaire.estimatedMinutes })}
        </p>
      </div>
      {round.closed ? (
        <RoundClosedNotice />
      ) : round.sealed || full ? (
        <section
          aria-labelledby="join-refused"
          className="space-y-2 rounded-xl border border-amber-400 bg-amber-50 p-5"
          data-testid="join-refused"
        >
          <h2 id="join-refused" className="text-lg font-semibold">
            {tAnon(round.sealed ? "sealedTitle" : "fullTitle")}
          </h2>
          <p>{tAnon(round.sealed ? "sealedText" : "fullText")}</p>
          {mine && (
            <Link href={`/scan/${mine.response.resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
              {mine.response.status === "submitted" ? t("viewOwn") : t("continueOwn")}
            </Link>
          )}
          {round.sealed && <RoundModeNotice sealed expectedRespondents={null} />}
        </section>
      ) : (
        <>
          <RoundIntro
            organisationName={round.organisationName}
            organiserRole={round.organiserRole}
            closesAt={round.closesAt}
            minGroupSize={round.minGroupSize}
            mode={{ sealed: round.sealed, expectedRespondents: round.expectedRespondents }}
          />
          {mine && (
            <div className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-5">
              <p>{mine.response.status === "submitted" ? t("alreadySubmitted") : t("alreadyStarted")}</p>
              <Link href={`/scan/${mine.response.resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
                {mine.response.status === "submitted" ? t("viewOwn") : t("continueOwn")}
              </Link>
              <p className="text-sm text-stone-700">{t("someoneElse")}</p>
            </div>
          )}
          <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
            <GroupChoiceForm action={joinRoundAction} token={token} roles={round.roles} teams={round.teams} />
          </div>
        </>
      )}
    </div>
  );
}
