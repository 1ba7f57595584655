import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { claimInviteAction } from "@/app/actions/rounds/claim-invite";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { RoundEntrySection } from "@/components/round-admin/round-entry-section";
import { RoundRespondentHeader } from "@/components/scan/round-respondent-header";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadInvitePage } from "@/lib/server/pages/load-invite-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scan.titles");
  return { title: t("join"), robots: { index: false } };
}

/** A personal link: claimed once, by the browser that opens it first. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const invite = await loadInvitePage({ token });
  if (!invite) notFound();
  const { round } = invite;
  const [t, locale] = await Promise.all([getTranslations("round.join"), getLocale()]);
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
      ) : invite.claimed ? (
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          {invite.mine ? (
            <Link href={`/scan/${invite.resumeToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
              {t("continueOwn")}
            </Link>
          ) : (
            <p>{t("inviteUsed")}</p>
          )}
        </div>
      ) : (
        <RoundEntrySection round={round} token={token} action={claimInviteAction} />
      )}
    </div>
  );
}
