import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationAcceptSection } from "@/components/accounts/invitation-accept-section";
import { InvitationRefusedSection } from "@/components/accounts/invitation-refused-section";
import { loadColleagueInvitePage } from "@/lib/server/pages/load-colleague-invite-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("invitation.title"), robots: { index: false, follow: false } };
}

/**
 * A colleague's invitation, naming the workspace. Signed out: sign up right here, or sign in (which joins). Signed in with the invited
 * address: one button joins. Anything else says plainly why not.
 */
export default async function ColleagueInvitePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ token }, query, t] = await Promise.all([params, searchParams, getTranslations("accounts")]);
  const { invitation, user, refusal } = await loadColleagueInvitePage({ token, refused: query.refused });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">
        {invitation && !refusal
          ? t("invitation.heading", { workspace: invitation.workspaceName })
          : t("invitation.title")}
      </h1>
      {refusal || !invitation ? (
        <InvitationRefusedSection
          refusal={refusal ?? "not-found"}
          email={invitation?.email ?? ""}
          signedInAs={user?.email ?? null}
        />
      ) : (
        <InvitationAcceptSection token={token} invitation={invitation} signedIn={Boolean(user)} />
      )}
    </div>
  );
}
