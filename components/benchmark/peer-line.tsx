import { getTranslations } from "next-intl/server";
import type { MetricComparison } from "@/lib/benchmark/compare-with-peers";
import { displayScore } from "@/lib/display/score";

/** The texts of a domain's peer figures: the visible line under its bar and the bar's label for screen readers. */
export async function peerTexts(peers: MetricComparison, score: number) {
  const t = await getTranslations("benchmark.peers");
  const percentile =
    peers.percentile === null ? t("notScored") : t("percentileValue", { value: displayScore(peers.percentile) });
  const values = { median: displayScore(peers.median), p75: displayScore(peers.p75), percentile };
  return { line: t("line", values), barLabel: t("barLabel", { ...values, score: displayScore(score) }) };
}

/** The visible line under a bar with peer markers. */
export function PeerLine({ text }: { text: string }) {
  return (
    <p data-testid="peer-line" className="mt-1.5 text-xs text-stone-700">
      {text}
    </p>
  );
}
