import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { acceptInvitationAction } from "@/app/actions/team/accept-invitation";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { findInvitation } from "@/lib/server/workspaces/invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("invitation.title"), robots: { index: false, follow: false } };
}

const REFUSALS = ["accepted", "revoked", "expired", "other-address", "not-found"] as const;
const LINK = "font-medium text-brand-800 underline underline-offset-2";

/**
 * A colleague's invitation. Signed out: sign up or sign in, both leading back here. Signed in with the invited
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
  const [invitation, user] = await Promise.all([findInvitation({ token }), getSignedInUser()]);
  const refusedParam = REFUSALS.find((r) => r === query.refused);
  const status = invitation?.status ?? "not-found";
  const otherAddress = invitation && user && invitation.email !== user.email.toLowerCase();
  const refusal = status !== "pending" ? status : otherAddress ? "other-address" : refusedParam;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("invitation.title")}</h1>
      {refusal || !invitation ? (
        <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
          <p>
            {t(`invitation.refused.${refusal ?? "not-found"}`, {
              email: invitation?.email ?? "",
              signedInAs: user?.email ?? "",
            })}
          </p>
          {user && (
            <p>
              <Link href="/dashboard" className={LINK}>
                {t("invitation.toDashboard")}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="text-stone-800">
            {t("invitation.lead", { inviter: invitation.invitedByName, workspace: invitation.workspaceName })}
          </p>
          {user ? (
            <form action={acceptInvitationAction} className="space-y-3">
              <input type="hidden" name="token" value={token} />
              <p className="text-sm text-stone-700">{t("invitation.joinNote")}</p>
              <button type="submit" className={`${PRIMARY_BUTTON} w-full`}>
                {t("invitation.join", { workspace: invitation.workspaceName })}
              </button>
            </form>
          ) : (
            <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
              <p>{t("invitation.forAddress", { email: invitation.email })}</p>
              <Link href={`/sign-up?invitation=${token}`} className={`${PRIMARY_BUTTON} block text-center`}>
                {t("invitation.signUp")}
              </Link>
              <p className="text-sm text-stone-700">
                {t("invitation.haveAccount")}{" "}
                <Link href={`/sign-in?invitation=${token}`} className={LINK}>
                  {t("invitation.signIn")}
                </Link>
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
