import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { claimInviteAction } from "@/app/actions/rounds/claim-invite";
import { GroupChoiceForm } from "@/components/round-admin/group-choice-form";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { RoundIntro } from "@/components/round-admin/round-intro";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/questionnaire/schema";
import { inviteCookieName } from "@/lib/rounds/round-cookie";
import { tokenSchema } from "@/lib/schemas/scan";
import { getInvite } from "@/lib/server/rounds/get-round";

export const metadata: Metadata = { robots: { index: false } };

/** A personal link: claimed once, by the browser that opens it first. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const invite = await getInvite(token);
  if (!invite) notFound();
  const { round } = invite;
  const [t, locale, cookieStore] = await Promise.all([
    getTranslations("round.join"),
    getLocale() as Promise<Locale>,
    cookies(),
  ]);
  const mine = invite.claimed && cookieStore.get(inviteCookieName(token))?.value === invite.resumeToken;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{localized(round.questionnaire.title, locale)}</p>
        <h1 className="text-2xl font-bold">{t("title", { organisation: round.organisationName })}</h1>
        <p className="text-stone-700">{localized(round.questionnaire.introduction, locale)}</p>
      </div>
      {round.closed ? (
        <RoundClosedNotice />
      ) : invite.claimed ? (
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          {mine ? (
            <Link href={`/scan/${invite.resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
              {t("continueOwn")}
            </Link>
          ) : (
            <p>{t("inviteUsed")}</p>
          )}
        </div>
      ) : (
        <>
          <RoundIntro
            organisationName={round.organisationName}
            organiserRole={round.organiserRole}
            closesAt={round.closesAt}
            minGroupSize={round.minGroupSize}
            mode={{ sealed: round.sealed, expectedRespondents: round.expectedRespondents }}
          />
          <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
            <GroupChoiceForm action={claimInviteAction} token={token} roles={round.roles} teams={round.teams} />
          </div>
        </>
      )}
    </div>
  );
}
