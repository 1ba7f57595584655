import { getTranslations } from "next-intl/server";
import { switchWorkspaceAction } from "@/app/actions/account/switch-workspace";
import { SECONDARY_BUTTON } from "@/components/accounts/styles";
import { Card } from "@/components/ui/card";
import type { Consultant } from "@/lib/server/auth/current-consultant";

/** The workspaces the user belongs to, and switching to another. */
export async function AccountWorkspacesSection({
  workspaces,
  currentId,
}: {
  workspaces: Consultant["workspaces"];
  currentId: string;
}) {
  const t = await getTranslations("accounts");
  return (
    <Card as="section" aria-labelledby="account-workspaces" padding="lg" shadow className="space-y-4">
      <h2 id="account-workspaces" className="text-lg font-semibold">
        {t("account.workspaces")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.workspacesLead")}</p>
      <ul className="divide-y divide-stone-200">
        {workspaces.map((workspace) => (
          <li key={workspace.workspaceId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{workspace.name}</span>{" "}
              <span className="text-sm text-stone-600">({t(`roles.${workspace.role}`)})</span>
            </span>
            {workspace.workspaceId === currentId ? (
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
    </Card>
  );
}
