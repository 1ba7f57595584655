import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { joinRoundAction } from "@/app/actions/rounds/join-round";
import { JoinRefusedSection } from "@/components/round-admin/join-refused-section";
import { OwnResponseSection } from "@/components/round-admin/own-response-section";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { RoundEntrySection } from "@/components/round-admin/round-entry-section";
import { RoundRespondentHeader } from "@/components/scan/round-respondent-header";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadJoinPage } from "@/lib/server/pages/load-join-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scan.titles");
  return { title: t("join"), robots: { index: false } };
}

/**
 * The team link: everyone who opens it starts a response of their own, up to the expected number of respondents.
 * A sealed round has no team link: the page says so and offers nothing to fill in.
 */
export default async function JoinRoundPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const [data, locale] = await Promise.all([loadJoinPage({ token }), getLocale()]);
  if (!data) notFound();
  const { round, full, mine } = data;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <RoundRespondentHeader
        questionnaire={round.questionnaire}
        organisationName={round.organisationName}
        locale={locale}
        facts
      />
      {round.closed ? (
        <RoundClosedNotice />
      ) : round.sealed || full ? (
        <JoinRefusedSection sealed={round.sealed} mine={mine} />
      ) : (
        <RoundEntrySection round={round} token={token} action={joinRoundAction}>
          {mine && <OwnResponseSection resumeToken={mine.resumeToken} submitted={mine.submitted} />}
        </RoundEntrySection>
      )}
    </div>
  );
}
