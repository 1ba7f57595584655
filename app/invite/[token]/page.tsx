import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { claimInviteAction } from "@/app/actions/rounds/claim-invite";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { RoundEntryHeaderSection } from "@/components/round-admin/round-entry-header-section";
import { RoundEntrySection } from "@/components/round-admin/round-entry-section";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadInvitePage } from "@/lib/server/pages/load-invite-page";

export const metadata: Metadata = { robots: { index: false } };

/** A personal link: claimed once, by the browser that opens it first. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const invite = await loadInvitePage({ token });
  if (!invite) notFound();
  const { round } = invite;
  const [t, locale] = await Promise.all([getTranslations("round.join"), getLocale() as Promise<Locale>]);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <RoundEntryHeaderSection round={round} locale={locale} />
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
