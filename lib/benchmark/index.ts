export { buildNorms, memberGroupValue } from "@/lib/benchmark/build-norms";
export {
  compareWithPeers,
  eligibleGroup,
  type MetricComparison,
  type PeerComparison,
} from "@/lib/benchmark/compare-with-peers";
export { benchmarkSets, domainSetKey, domainsOfSet, setId } from "@/lib/benchmark/domain-set";
export { MIN_PEERS_FLOOR } from "@/lib/benchmark/min-peers";
export { ascending, groupFigures, percentile, percentileRank, withoutOne } from "@/lib/benchmark/percentiles";
export { pickMembers } from "@/lib/benchmark/pick-members";
export * from "@/lib/benchmark/types";
export { inWindow, WINDOW_MONTHS, windowStart } from "@/lib/benchmark/window";
