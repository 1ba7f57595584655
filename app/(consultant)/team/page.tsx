import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { inviteColleagueAction } from "@/app/actions/team/invite-colleague";
import { leaveWorkspaceAction } from "@/app/actions/team/leave-workspace";
import { removeMemberAction } from "@/app/actions/team/remove-member";
import { revokeInvitationAction } from "@/app/actions/team/revoke-invitation";
import { InviteForm } from "@/components/accounts/account-forms";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/accounts/styles";
import { accountMailEnabled } from "@/lib/server/auth/account-mail";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { listPendingInvitations } from "@/lib/server/workspaces/invitations";
import { listMembers } from "@/lib/server/workspaces/memberships";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("team.title") };
}

const SECTION = "space-y-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm";
const REFUSALS = ["not-owner", "not-member", "last-owner"] as const;

/** Colleagues of the current workspace: everyone sees who is in it; owners invite and remove. */
export default async function TeamPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const consultant = await requireConsultant();
  const owner = consultant.role === "owner";
  const [params, t, locale, members, invitations] = await Promise.all([
    searchParams,
    getTranslations("accounts"),
    getLocale(),
    listMembers({ workspaceId: consultant.workspaceId }),
    owner ? listPendingInvitations({ workspaceId: consultant.workspaceId }) : Promise.resolve([]),
  ]);
  const refused = REFUSALS.find((r) => r === params.refused);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("team.title")}</h1>
        <p className="text-stone-700">{t("team.lead", { workspace: consultant.workspaceName })}</p>
      </div>
      {params.removed === "1" && (
        <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-4">
          {t("team.removed")}
        </p>
      )}
      {refused && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          {t(`team.refused.${refused}`)}
        </p>
      )}
      <section aria-labelledby="team-members" className={SECTION}>
        <h2 id="team-members" className="text-lg font-semibold">
          {t("team.members")}
        </h2>
        <ul className="divide-y divide-stone-200">
          {members.map((member) => {
            const self = member.userId === consultant.userId;
            return (
              <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <p className="font-medium">
                    {member.name}
                    {self && <span className="font-normal text-stone-600"> ({t("team.you")})</span>}
                  </p>
                  <p className="text-sm text-stone-700">
                    <span className="break-all">{member.email}</span> · {t(`roles.${member.role}`)}
                  </p>
                </div>
                {owner && !self && (
                  <form action={removeMemberAction}>
                    <input type="hidden" name="userId" value={member.userId} />
                    <button type="submit" className={DANGER_BUTTON}>
                      {t("team.remove", { name: member.name })}
                    </button>
                  </form>
                )}
                {self && !owner && (
                  <form action={leaveWorkspaceAction}>
                    <button type="submit" className={DANGER_BUTTON}>
                      {t("team.leave")}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {owner && (
        <>
          <section aria-labelledby="team-invite" className={SECTION}>
            <h2 id="team-invite" className="text-lg font-semibold">
              {t("team.inviteTitle")}
            </h2>
            <p className="text-sm text-stone-700">
              {t(accountMailEnabled() ? "team.inviteLead" : "team.inviteLeadMailOff")}
            </p>
            <InviteForm action={inviteColleagueAction} locale={locale} />
          </section>
          <section aria-labelledby="team-pending" className={SECTION}>
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
          </section>
        </>
      )}
    </div>
  );
}
