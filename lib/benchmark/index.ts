export { buildNorms, memberGroupValue } from "./build-norms";
export { compareWithPeers, eligibleGroup, type MetricComparison, type PeerComparison } from "./compare-with-peers";
export { benchmarkSets, domainSetKey, domainsOfSet, setId } from "./domain-set";
export { MIN_PEERS_FLOOR } from "./min-peers";
export { ascending, groupFigures, percentile, percentileRank, withoutOne } from "./percentiles";
export { pickMembers } from "./pick-members";
export * from "./types";
export { inWindow, WINDOW_MONTHS, windowStart } from "./window";
