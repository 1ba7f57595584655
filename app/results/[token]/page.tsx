import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoundResults } from "@/app/results/[token]/round-results";
import { ScanResults } from "@/app/results/[token]/scan-results";
import { tokenSchema } from "@/lib/schemas/scan";
import { parseGroupType } from "@/lib/server/benchmark/get-scan-benchmark";
import { loadScanResultsPage } from "@/lib/server/pages/load-scan-results-page";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";
import { getSelfScanTitle } from "@/lib/server/scans/get-self-scan-title";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The tab's own title: the organisation, never the respondent; results links are never indexed. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { token } = await params;
  const robots = { index: false };
  if (!tokenSchema.safeParse(token).success) return { robots };
  const [t, round] = await Promise.all([getTranslations("resultsSummary.pageTitle"), getRoundByResultsToken(token)]);
  if (round) return { title: t("round", { organisation: round.organisationName }), robots };
  const scan = await getSelfScanTitle(token);
  return scan ? { title: t("scan", { organisation: scan.organisation }), robots } : { robots };
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  if (!tokenSchema.safeParse(token).success) notFound();
  // The benchmark group asked for (?peers=sector|size|all); the same for the consultant and a results link.
  const requested = parseGroupType(query.peers);
  const peersHref = (group: string) => `/results/${token}?peers=${group}#peers`;
  const round = await getRoundByResultsToken(token);
  if (round) return <RoundResults round={round} requested={requested} peersHref={peersHref} />;
  const data = await loadScanResultsPage({ token, requested });
  if (!data) notFound();
  return <ScanResults data={data} peersHref={peersHref} />;
}
