import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/app/actions/account/sign-out-everywhere";
import { SECONDARY_BUTTON } from "@/components/accounts/styles";
import { Card } from "@/components/ui/card";

/** Signing out on every device at once. */
export async function AccountSessionsSection() {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="account-sessions" padding="lg" shadow className="space-y-4">
      <h2 id="account-sessions" className="text-lg font-semibold">
        {t("account.sessionsTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.sessionsLead")}</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className={SECONDARY_BUTTON}>
          {t("account.signOutEverywhere")}
        </button>
      </form>
    </Card>
  );
}
