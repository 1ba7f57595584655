import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signUpAction } from "@/app/actions/auth/sign-up";
import { acceptInvitationAction } from "@/app/actions/team/accept-invitation";
import { AuthForm } from "@/components/auth/auth-form";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import type { InvitationView } from "@/lib/server/workspaces/invitations";

/**
 * A usable invitation. Signed in: one button joins. Signed out: the sign-up form right here (the invited address
 * filled in), or sign in; either way the next screen ends in the workspace, saying "you joined <workspace>".
 */
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
        <>
          <Card as="section" aria-labelledby="invite-sign-up" padding="lg" shadow className="space-y-4">
            <h2 id="invite-sign-up" className="text-lg font-semibold">
              {t("invitation.signUpHeading")}
            </h2>
            <p className="text-sm text-stone-700">{t("invitation.forAddress", { email: invitation.email })}</p>
            <AuthForm mode="sign-up" action={signUpAction} invitation={token} email={invitation.email} />
          </Card>
          <p className="text-sm text-stone-700">
            {t("invitation.haveAccount")}{" "}
            <Link
              href={`/sign-in?invitation=${token}`}
              className="font-medium text-brand-800 underline underline-offset-2"
            >
              {t("invitation.signIn")}
            </Link>
          </p>
        </>
      )}
    </>
  );
}
