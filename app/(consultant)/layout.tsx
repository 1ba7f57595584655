import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { dismissLostWorkspaceAction } from "@/app/account/actions";
import { requireConsultant } from "@/lib/auth/current-consultant";

// Client data is private to a workspace: never in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Signed-out visitors go to the sign-in page; every page and action below still checks for itself. */
export default async function ConsultantLayout({ children }: { children: ReactNode }) {
  const consultant = await requireConsultant();
  const t = consultant.lostWorkspace ? await getTranslations("accounts") : null;
  return (
    <div className="space-y-8">
      {t && (
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
