import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RoundResults } from "@/app/results/[token]/round-results";
import { PeerSummary } from "@/components/benchmark/peer-summary";
import { ActionPlanSection } from "@/components/results/action-plan-section";
import { AnswerFlags } from "@/components/results/answer-flags";
import { IndicativeBanner } from "@/components/results/indicative-banner";
import { PerDomainSection } from "@/components/results/per-domain-section";
import { ResultsHeaderSection } from "@/components/results/results-header-section";
import { ResultsLoopSection } from "@/components/results/results-loop-section";
import { ScanOverviewSection } from "@/components/results/scan-overview-section";
import { ShareSection } from "@/components/results/share-section";
import { targetOutlines } from "@/components/results/target-outlines";
import { TargetReview } from "@/components/targets/target-review";
import type { Locale } from "@/lib/questionnaire/schema";
import { tokenSchema } from "@/lib/schemas/scan";
import { parseGroupType } from "@/lib/server/benchmark/get-scan-benchmark";
import { loadScanResultsPage } from "@/lib/server/pages/load-scan-results-page";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

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
  const { scan, questionnaire, result, previous, origin, benchmark, loop } = data;
  const [t, tr, locale, format, outlines] = await Promise.all([
    getTranslations("results"),
    getTranslations("roles"),
    getLocale() as Promise<Locale>,
    getFormatter(),
    targetOutlines({ previous: loop.loop?.previous, domainIds: result.domains.map((d) => d.domainId) }),
  ]);
  const comparison = benchmark.state === "on" ? benchmark.comparison : null;
  const meta = [
    tr(scan.respondentRole as "manager"),
    scan.team,
    scan.submittedAt ? format.dateTime(scan.submittedAt, { dateStyle: "long" }) : null,
  ];
  return (
    <div className="space-y-10">
      <ResultsHeaderSection
        questionnaire={questionnaire}
        locale={locale}
        title={t("title", { organisation: scan.organisationName })}
        meta={meta.filter(Boolean).join(" · ")}
      />
      <IndicativeBanner indicative={result.indicative} />
      <ScanOverviewSection
        questionnaire={questionnaire}
        result={result}
        previous={previous}
        locale={locale}
        comparison={comparison}
        targetOutlines={outlines}
      />
      <TargetReview
        questionnaire={questionnaire}
        locale={locale}
        domains={result.domains}
        previous={loop.loop?.previous ?? null}
      />
      {benchmark.state === "on" && <PeerSummary benchmark={benchmark} hrefFor={peersHref} />}
      <PerDomainSection questionnaire={questionnaire} result={result} locale={locale} comparison={comparison} />
      <ActionPlanSection questionnaire={questionnaire} result={result} locale={locale} loop={loop} />
      <ResultsLoopSection questionnaire={questionnaire} locale={locale} domains={result.domains} loop={loop} />
      <AnswerFlags questionnaire={questionnaire} flags={result.flags} locale={locale} />
      <ShareSection url={`${origin}/results/${scan.shareToken}`} />
    </div>
  );
}
