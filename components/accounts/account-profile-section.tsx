import { getTranslations } from "next-intl/server";
import { updateNameAction } from "@/app/actions/account/update-name";
import { NameForm } from "@/components/accounts/account-forms";
import { Card } from "@/components/ui/card";

/** The address (verified or not) with the outcome of resending its confirmation, and changing the name. */
export async function AccountProfileSection({
  email,
  emailVerified,
  name,
  verificationNotice,
}: {
  email: string;
  emailVerified: boolean;
  name: string;
  verificationNotice: string | null;
}) {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="account-profile" padding="lg" shadow className="space-y-4">
      <h2 id="account-profile" className="text-lg font-semibold">
        {t("account.profile")}
      </h2>
      <dl>
        <dt className="font-medium">{t("account.email")}</dt>
        <dd className="break-words text-stone-800">
          {email}{" "}
          <span className="text-sm text-stone-700">
            ({emailVerified ? t("verify.statusVerified") : t("verify.statusUnverified")})
          </span>
        </dd>
      </dl>
      {verificationNotice && (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {verificationNotice}
        </p>
      )}
      <NameForm action={updateNameAction} name={name} />
    </Card>
  );
}
