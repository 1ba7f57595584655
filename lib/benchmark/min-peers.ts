/** A group is never shown with fewer organisations than this, whatever BENCHMARK_MIN_PEERS says. */
export const MIN_PEERS_FLOOR = 5;
