import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Why this invitation cannot be used now, and (signed in) the way to the dashboard. */
export async function InvitationRefusedSection({
  refusal,
  email,
  signedInAs,
}: {
  refusal: string;
  email: string;
  /** The signed-in user's address; null when signed out. */
  signedInAs: string | null;
}) {
  const t = await getTranslations("accounts");
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-stone-900">
      <p>{t(`invitation.refused.${refusal as "not-found"}`, { email, signedInAs: signedInAs ?? "" })}</p>
      {signedInAs !== null && (
        <p>
          <Link href="/dashboard" className="font-medium text-brand-800 underline underline-offset-2">
            {t("invitation.toDashboard")}
          </Link>
        </p>
      )}
    </div>
  );
}
