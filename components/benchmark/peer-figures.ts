import { OVERLAY_STYLES, type RadarOutline } from "@/components/ui/radar-outline";
import type { MetricComparison, PeerComparison } from "@/lib/benchmark/compare-with-peers";

/** What a domain card shows of the peers: only when a group is shown. */
export function peersOf(comparison: PeerComparison | null | undefined, metric: string): MetricComparison | undefined {
  return comparison?.shown ? comparison.metrics[metric] : undefined;
}

/** The peers' median as a second outline on a radar, in the chart's domain order. */
export function peerOutline(
  comparison: PeerComparison | null | undefined,
  domainIds: readonly string[],
  label: string,
): RadarOutline[] {
  if (!comparison?.shown) return [];
  return [
    {
      key: "peers",
      label,
      values: domainIds.map((id) => comparison.metrics[id]?.median ?? null),
      ...OVERLAY_STYLES.peers,
    },
  ];
}
