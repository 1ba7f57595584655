import { getTranslations } from "next-intl/server";
import { revokeInvitationAction } from "@/app/actions/team/revoke-invitation";
import { SECONDARY_BUTTON } from "@/components/accounts/styles";
import { Card } from "@/components/ui/card";
import type { InvitationRow } from "@/lib/server/workspaces/invitations";

/** Invitations not accepted yet, with their mail state; an owner revokes them. */
export async function TeamPendingSection({ invitations, locale }: { invitations: InvitationRow[]; locale: string }) {
  const t = await getTranslations("accounts");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <Card as="section" aria-labelledby="team-pending" padding="lg" shadow className="space-y-4">
      <h2 id="team-pending" className="text-lg font-semibold">
        {t("team.pending")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-stone-700">{t("team.noPending")}</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="break-all font-medium">{invitation.email}</p>
                <p className="text-sm text-stone-700">
                  {t("team.pendingLine", {
                    name: invitation.invitedByName,
                    date: date.format(invitation.createdAt),
                    expires: date.format(invitation.expiresAt),
                  })}
                </p>
                {invitation.mail && (
                  <p
                    className={`text-sm ${invitation.mail === "failed" ? "font-medium text-red-800" : "text-stone-700"}`}
                  >
                    {t(`team.mail.${invitation.mail}`)}
                  </p>
                )}
              </div>
              <form action={revokeInvitationAction}>
                <input type="hidden" name="invitationId" value={invitation.id} />
                <button type="submit" className={SECONDARY_BUTTON}>
                  {t("team.revoke", { email: invitation.email })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
