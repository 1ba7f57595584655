import { getTranslations } from "next-intl/server";
import { leaveWorkspaceAction } from "@/app/actions/team/leave-workspace";
import { removeMemberAction } from "@/app/actions/team/remove-member";
import { DANGER_BUTTON } from "@/components/accounts/styles";
import { Card } from "@/components/ui/card";
import type { MemberRow } from "@/lib/server/workspaces/memberships";

/** Everyone in the workspace; an owner removes others, a member may leave. */
export async function TeamMembersSection({
  members,
  userId,
  owner,
}: {
  members: MemberRow[];
  /** The signed-in user, marked "you". */
  userId: string;
  owner: boolean;
}) {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="team-members" padding="lg" shadow className="space-y-4">
      <h2 id="team-members" className="text-lg font-semibold">
        {t("team.members")}
      </h2>
      <ul className="divide-y divide-stone-200">
        {members.map((member) => {
          const self = member.userId === userId;
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
    </Card>
  );
}
