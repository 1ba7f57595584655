import { getTranslations } from "next-intl/server";

/** The one-time word after arriving: "you joined <workspace>" (a colleague's invitation) or "address confirmed". */
export async function DashboardNoticeSection({
  notice,
  workspaceName,
}: {
  notice: "joined" | "verified" | null;
  workspaceName: string;
}) {
  if (!notice) return null;
  const t = await getTranslations("dashboard.notice");
  return (
    <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-4 text-stone-900">
      {notice === "joined" ? t("joined", { workspace: workspaceName }) : t("verified")}
    </p>
  );
}
