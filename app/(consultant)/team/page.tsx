import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TeamInviteSection } from "@/components/accounts/team-invite-section";
import { TeamMembersSection } from "@/components/accounts/team-members-section";
import { TeamPendingSection } from "@/components/accounts/team-pending-section";
import { loadTeamPage } from "@/lib/server/pages/load-team-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("team.title") };
}

const REFUSALS = ["not-owner", "not-member", "last-owner"] as const;

/** Colleagues of the current workspace: everyone sees who is in it; owners invite and remove. */
export default async function TeamPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { consultant, owner, members, invitations } = await loadTeamPage();
  const [params, t, locale] = await Promise.all([searchParams, getTranslations("accounts"), getLocale()]);
  const refused = REFUSALS.find((r) => r === params.refused);
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
      <TeamMembersSection members={members} userId={consultant.userId} owner={owner} />
      {owner && (
        <>
          <TeamInviteSection locale={locale} />
          <TeamPendingSection invitations={invitations} locale={locale} />
        </>
      )}
    </div>
  );
}
