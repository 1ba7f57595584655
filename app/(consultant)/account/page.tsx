import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { changePasswordAction } from "@/app/actions/account/change-password";
import { signOutEverywhereAction } from "@/app/actions/account/sign-out-everywhere";
import { switchWorkspaceAction } from "@/app/actions/account/switch-workspace";
import { updateNameAction } from "@/app/actions/account/update-name";
import { NameForm, PasswordForm } from "@/components/accounts/account-forms";
import { SECONDARY_BUTTON } from "@/components/accounts/styles";
import { requireConsultant } from "@/lib/server/auth/current-consultant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("account.title") };
}

const SECTION = "space-y-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm";

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [consultant, t, params] = await Promise.all([requireConsultant(), getTranslations("accounts"), searchParams]);
  // The outcome of "send the confirmation mail again" (app/auth/verify-actions.ts).
  const verification = params.verification;
  const minutes = Math.max(1, Number.parseInt(String(params.minutes ?? "1"), 10) || 1);
  const verificationNotice =
    verification === "sent"
      ? t("verify.sent", { email: consultant.email })
      : verification === "wait"
        ? t("verify.wait", { minutes: Math.min(minutes, 60) })
        : verification === "already"
          ? t("verify.already")
          : null;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("account.title")}</h1>
      <section aria-labelledby="account-profile" className={SECTION}>
        <h2 id="account-profile" className="text-lg font-semibold">
          {t("account.profile")}
        </h2>
        <dl>
          <dt className="font-medium">{t("account.email")}</dt>
          <dd className="break-words text-stone-800">
            {consultant.email}{" "}
            <span className="text-sm text-stone-700">
              ({consultant.emailVerified ? t("verify.statusVerified") : t("verify.statusUnverified")})
            </span>
          </dd>
        </dl>
        {verificationNotice && (
          <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
            {verificationNotice}
          </p>
        )}
        <NameForm action={updateNameAction} name={consultant.name} />
      </section>
      <section aria-labelledby="account-password" className={SECTION}>
        <h2 id="account-password" className="text-lg font-semibold">
          {t("account.passwordTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("account.passwordLead")}</p>
        {params["password-changed"] === "1" && (
          <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
            {t("account.passwordChanged")}
          </p>
        )}
        <PasswordForm action={changePasswordAction} />
      </section>
      {consultant.workspaces.length > 1 && (
        <section aria-labelledby="account-workspaces" className={SECTION}>
          <h2 id="account-workspaces" className="text-lg font-semibold">
            {t("account.workspaces")}
          </h2>
          <p className="text-sm text-stone-700">{t("account.workspacesLead")}</p>
          <ul className="divide-y divide-stone-200">
            {consultant.workspaces.map((workspace) => (
              <li key={workspace.workspaceId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{workspace.name}</span>{" "}
                  <span className="text-sm text-stone-600">({t(`roles.${workspace.role}`)})</span>
                </span>
                {workspace.workspaceId === consultant.workspaceId ? (
                  <span className="text-sm font-medium text-brand-800">{t("account.current")}</span>
                ) : (
                  <form action={switchWorkspaceAction}>
                    <input type="hidden" name="workspaceId" value={workspace.workspaceId} />
                    <button type="submit" className={SECONDARY_BUTTON}>
                      {t("account.switchTo", { name: workspace.name })}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="account-sessions" className={SECTION}>
        <h2 id="account-sessions" className="text-lg font-semibold">
          {t("account.sessionsTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("account.sessionsLead")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={SECONDARY_BUTTON}>
            {t("account.signOutEverywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}
