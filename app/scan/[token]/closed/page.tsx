import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoundClosedNotice } from "@/components/round-admin/round-closed-notice";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadScanTitle } from "@/lib/server/pages/load-scan-title";
import { getScanState } from "@/lib/server/scans/get-scan-state";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  return { title: await loadScanTitle(token, "closed"), robots: { index: false } };
}

/** An unfinished response of a closed round: a clear page, and nothing more is stored. */
export default async function ResponseClosedPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const state = await getScanState({ resumeToken: token });
  if (state?.scan.kind !== "team") notFound();
  if (state.response.status === "submitted") redirect(`/scan/${token}/done`);
  if (!state.scan.closed) redirect(`/scan/${token}`);
  const t = await getTranslations("round.closed");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("pageTitle", { organisation: state.response.organisationName })}</h1>
      <RoundClosedNotice />
    </div>
  );
}
