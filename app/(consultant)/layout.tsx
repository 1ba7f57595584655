import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dismissLostWorkspaceAction } from "@/app/actions/account/dismiss-lost-workspace";
import { resendVerificationAction } from "@/app/actions/auth/resend-verification";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { mailEnabled } from "@/lib/server/mail/mail-config";

// Client data is private to a workspace: never in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Signed-out visitors go to the sign-in page; every page and action below still checks for itself. */
export default async function ConsultantLayout({ children }: { children: ReactNode }) {
  const consultant = await requireConsultant();
  const unverified = !consultant.emailVerified && mailEnabled();
  const t = consultant.lostWorkspace || unverified ? await getTranslations("accounts") : null;
  return (
    <div className="space-y-8">
      {t && unverified && (
        // Until the address is confirmed no invitation or reminder leaves (lib/server/mail/mail-quota.ts): say so here.
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <p className="min-w-0 break-words">{t("verify.banner", { email: consultant.email })}</p>
          <form action={resendVerificationAction}>
            <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm font-medium underline">
              {t("verify.resend")}
            </button>
          </form>
        </div>
      )}
      {t && consultant.lostWorkspace && (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
        >
          <p>{t("team.lostAccess", { workspace: consultant.workspaceName })}</p>
          <form action={dismissLostWorkspaceAction}>
            <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm font-medium underline">
              {t("team.lostAccessDismiss")}
            </button>
          </form>
        </div>
      )}
      {children}
    </div>
  );
}
