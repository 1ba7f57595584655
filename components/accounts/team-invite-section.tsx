import { getTranslations } from "next-intl/server";
import { inviteColleagueAction } from "@/app/actions/team/invite-colleague";
import { InviteForm } from "@/components/accounts/account-forms";
import { Card } from "@/components/ui/card";
import { accountMailEnabled } from "@/lib/server/auth/account-mail";

/** An owner invites a colleague; without mail the lead says the link is to be passed on by hand. */
export async function TeamInviteSection({ locale }: { locale: string }) {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="team-invite" padding="lg" shadow className="space-y-4">
      <h2 id="team-invite" className="text-lg font-semibold">
        {t("team.inviteTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t(accountMailEnabled() ? "team.inviteLead" : "team.inviteLeadMailOff")}</p>
      <InviteForm action={inviteColleagueAction} locale={locale} />
    </Card>
  );
}
