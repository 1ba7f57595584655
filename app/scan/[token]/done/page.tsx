import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { tokenSchema } from "@/lib/schemas/scan";
import { loadScanTitle } from "@/lib/server/pages/load-scan-title";
import { getScanState } from "@/lib/server/scans/get-scan-state";

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { token } = await params;
  return { title: await loadScanTitle(token, "done"), robots: { index: false } };
}

/** After submitting in a team round: thanks, and no scores — a person's answers are seen by nobody. */
export default async function ResponseDonePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!tokenSchema.safeParse(token).success) notFound();
  const state = await getScanState({ resumeToken: token });
  if (state?.scan.kind !== "team") notFound();
  if (state.response.status !== "submitted") redirect(`/scan/${token}`);
  const [t, format] = await Promise.all([getTranslations("round.done"), getFormatter()]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("text", { organisation: state.response.organisationName })}</p>
      <p className="text-stone-700">{t("anonymous", { min: state.scan.minGroupSize })}</p>
      {state.scan.closesAt && !state.scan.closed && (
        <p className="text-stone-700">
          {t("closes", { date: format.dateTime(state.scan.closesAt, { dateStyle: "long" }) })}
        </p>
      )}
    </div>
  );
}
