import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountPasswordSection } from "@/components/accounts/account-password-section";
import { AccountProfileSection } from "@/components/accounts/account-profile-section";
import { AccountSessionsSection } from "@/components/accounts/account-sessions-section";
import { AccountWorkspacesSection } from "@/components/accounts/account-workspaces-section";
import { requireConsultant } from "@/lib/server/auth/current-consultant";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts");
  return { title: t("account.title") };
}

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [consultant, t, params] = await Promise.all([requireConsultant(), getTranslations("accounts"), searchParams]);
  // The outcome of "send the confirmation mail again" (app/actions/auth/resend-verification.ts).
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
      <AccountProfileSection
        email={consultant.email}
        emailVerified={consultant.emailVerified}
        name={consultant.name}
        verificationNotice={verificationNotice}
      />
      <AccountPasswordSection changed={params["password-changed"] === "1"} />
      {consultant.workspaces.length > 1 && (
        <AccountWorkspacesSection workspaces={consultant.workspaces} currentId={consultant.workspaceId} />
      )}
      <AccountSessionsSection />
    </div>
  );
}
