import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withdrawScanAction } from "@/app/actions/scan/withdraw-scan";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";
import { tokenSchema } from "@/lib/schemas/scan";
import { getScanFiling } from "@/lib/server/clients/scan-filing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clients.filing");
  return { title: t("title"), robots: { index: false } };
}

/**
 * A self-scan's private link tells its respondent who holds the scan, and lets them take it back (issue 15: a
 * results link could file a scan before; those filings were kept, see docs/security.md).
 */
export default async function ScanFilingPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  const filing = await getScanFiling({ resumeToken: token });
  if (filing.kind === "not-found") notFound();
  const t = await getTranslations("clients.filing");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {filing.kind === "filed" ? (
        <>
          <p className="text-stone-700">{t("filed", { workspace: filing.workspaceName })}</p>
          <p className="text-stone-700">{t("notYours")}</p>
          <form action={withdrawScanAction} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
            <input type="hidden" name="token" value={token} />
            <label className="flex items-start gap-2">
              <input type="checkbox" name="confirm" value="yes" required className="mt-1" />
              <span>{t("confirm", { workspace: filing.workspaceName })}</span>
            </label>
            <button
              type="submit"
              className="rounded-lg border border-red-700 px-5 py-2.5 font-semibold text-red-800 hover:bg-red-50"
            >
              {t("withdraw")}
            </button>
          </form>
        </>
      ) : (
        <p role="status" className="text-stone-700">
          {query.withdrawn === "1" ? t("withdrawn") : t("unfiled")}
        </p>
      )}
      <Link href={`/results/${filing.shareToken}`} className={`${PRIMARY_BUTTON} inline-flex`}>
        {t("toResults")}
      </Link>
    </div>
  );
}
