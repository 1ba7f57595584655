import { getTranslations } from "next-intl/server";
import { changePasswordAction } from "@/app/actions/account/change-password";
import { PasswordForm } from "@/components/accounts/account-forms";
import { Card } from "@/components/ui/card";

/** Changing the password, and saying it was changed. */
export async function AccountPasswordSection({ changed }: { changed: boolean }) {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="account-password" padding="lg" shadow className="space-y-4">
      <h2 id="account-password" className="text-lg font-semibold">
        {t("account.passwordTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.passwordLead")}</p>
      {changed && (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("account.passwordChanged")}
        </p>
      )}
      <PasswordForm action={changePasswordAction} />
    </Card>
  );
}
