import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { acceptInvitationAction } from "@/app/actions/team/accept-invitation";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import type { InvitationView } from "@/lib/server/workspaces/invitations";

/** A usable invitation: signed in, one button joins; signed out, sign up or sign in, both leading back here. */
export async function InvitationAcceptSection({
  token,
  invitation,
  signedIn,
}: {
  token: string;
  invitation: InvitationView;
  signedIn: boolean;
}) {
  const t = await getTranslations("accounts");
  return (
    <>
      <p className="text-stone-800">
        {t("invitation.lead", { inviter: invitation.invitedByName, workspace: invitation.workspaceName })}
      </p>
      {signedIn ? (
        <form action={acceptInvitationAction} className="space-y-3">
          <input type="hidden" name="token" value={token} />
          <p className="text-sm text-stone-700">{t("invitation.joinNote")}</p>
          <button type="submit" className={`${PRIMARY_BUTTON} w-full`}>
            {t("invitation.join", { workspace: invitation.workspaceName })}
          </button>
        </form>
      ) : (
        <Card padding="lg" shadow className="space-y-3">
          <p>{t("invitation.forAddress", { email: invitation.email })}</p>
          <Link href={`/sign-up?invitation=${token}`} className={`${PRIMARY_BUTTON} block text-center`}>
            {t("invitation.signUp")}
          </Link>
          <p className="text-sm text-stone-700">
            {t("invitation.haveAccount")}{" "}
            <Link
              href={`/sign-in?invitation=${token}`}
              className="font-medium text-brand-800 underline underline-offset-2"
            >
              {t("invitation.signIn")}
            </Link>
          </p>
        </Card>
      )}
    </>
  );
}
