import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signInAction } from "@/app/actions/auth/sign-in";
import { signUpAction } from "@/app/actions/auth/sign-up";
import { AuthForm } from "@/components/auth/auth-form";
import { Card } from "@/components/ui/card";
import { getSignedInUser } from "@/lib/server/auth/current-consultant";
import { readSignUpEmail } from "@/lib/server/auth/sign-up-cookie";
import { findInvitation } from "@/lib/server/workspaces/invitations";

export type AuthNotice = "signed-up" | "reset" | "signed-out-everywhere";

/**
 * Sign-up and sign-in share one layout; a signed-in consultant goes straight on (to the dashboard, or back to
 * the colleague's invitation they came through). With an invitation token both forms carry it along.
 */
export async function AuthPage({
  mode,
  notice,
  invitation,
}: {
  mode: "sign-up" | "sign-in";
  notice?: AuthNotice;
  invitation?: string | null;
}) {
  if (await getSignedInUser()) redirect(invitation ? `/colleague-invite/${invitation}` : "/dashboard");
  const [t, ta, signedUp] = await Promise.all([
    getTranslations("auth"),
    getTranslations("accounts"),
    readSignUpEmail(),
  ]);
  const invited = invitation ? await findInvitation({ token: invitation }) : null;
  const pending = invited?.status === "pending" ? invited : null;
  const signUp = mode === "sign-up";
  const carry = pending && invitation ? `?invitation=${invitation}` : "";
  const notices: Record<AuthNotice, string> = {
    "signed-up": t("signedUp"),
    reset: ta("reset.done"),
    "signed-out-everywhere": ta("account.signedOutEverywhere"),
  };
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{signUp ? t("signUpTitle") : t("signInTitle")}</h1>
        <p className="text-stone-700">{signUp ? t("signUpLead") : t("signInLead")}</p>
      </div>
      {pending && (
        <p className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-stone-800">
          {ta(signUp ? "invitation.signUpNotice" : "invitation.signInNotice", {
            inviter: pending.invitedByName,
            workspace: pending.workspaceName,
            email: pending.email,
          })}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-stone-800">
          {notices[notice]}
        </p>
      )}
      <Card padding="lg" shadow>
        <AuthForm
          mode={mode}
          action={signUp ? signUpAction : signInAction}
          invitation={pending && invitation ? invitation : undefined}
          // The invited address, or on sign-in the one this browser just signed up with (lib/server/auth/sign-up-cookie.ts).
          email={pending?.email ?? (signUp ? undefined : signedUp?.email)}
        />
        {!signUp && (
          <p className="mt-4 text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-800 underline underline-offset-2">
              {ta("reset.forgotLink")}
            </Link>
          </p>
        )}
      </Card>
      <p className="text-sm text-stone-700">
        {signUp ? t("haveAccount") : t("noAccount")}{" "}
        <Link
          href={`${signUp ? "/sign-in" : "/sign-up"}${carry}`}
          className="font-medium text-brand-800 underline underline-offset-2"
        >
          {signUp ? t("toSignIn") : t("toSignUp")}
        </Link>
      </p>
      {signUp && <p className="text-sm text-stone-600">{t("selfScanNote")}</p>}
    </div>
  );
}
