import { memberGroupValue } from "@/lib/benchmark/build-norms";
import { MIN_PEERS_FLOOR } from "@/lib/benchmark/min-peers";
import { groupFigures, percentileRank, withoutOne } from "@/lib/benchmark/percentiles";
import type { GroupType, Member, Norm } from "@/lib/benchmark/types";

export type MetricComparison = { median: number; p75: number; percentile: number | null };

export type PeerComparison =
  | { shown: false; requested: GroupType; minPeers: number }
  | {
      shown: true;
      requested: GroupType;
      groupType: GroupType;
      groupValue: string;
      /** The requested group was too small, so all organisations are shown. */
      fellBack: boolean;
      /** Organisations compared with: the group without the viewed one. */
      peers: number;
      /** Per metric (each domain, and "overall"): the peers' median, top quartile (P75), the viewed percentile. */
      metrics: Record<string, MetricComparison>;
    };

export type CompareInput = {
  requested: GroupType;
  /** The viewed organisation's sector and size band: which groups it is compared with. */
  sector: string;
  sizeBand: string;
  /** The stored norms of the viewed scan's set (other groups are ignored). */
  norms: ReadonlyArray<Norm>;
  /** The viewed organisation's own contribution to the set, if any: taken out of its comparison group. */
  self: Pick<Member, "sector" | "sizeBand" | "values"> | null;
  /** Members of the viewer's workspace in each candidate group, the viewed organisation included. */
  ownWorkspace: Readonly<Record<GroupType, number>>;
  /** The viewed scan's scores per metric. */
  values: Readonly<Record<string, number | null>>;
  minPeers: number;
};

function groupValueFor(input: Pick<CompareInput, "sector" | "sizeBand">, groupType: GroupType): string {
  return memberGroupValue(input, groupType);
}

/**
 * Whether a group may be shown to this viewer, and how many peers it has. The viewed organisation is never its
 * own peer (its contribution is taken out), and a group needs `minPeers` others. The viewer's own workspace
 * knows its own clients' scores, so they cannot hide anyone from it: the peers from other workspaces must be none
 * or at least the minimum too — otherwise four known clients and one stranger would give the stranger away.
 */
export function eligibleGroup(
  input: Pick<CompareInput, "sector" | "sizeBand" | "self" | "ownWorkspace" | "minPeers">,
  groupType: GroupType,
  n: number,
): { eligible: boolean; peers: number } {
  const minPeers = Math.max(MIN_PEERS_FLOOR, input.minPeers);
  const value = groupValueFor(input, groupType);
  const selfIn = input.self !== null && memberGroupValue(input.self, groupType) === value ? 1 : 0;
  const peers = n - selfIn;
  const ownOthers = Math.max(0, input.ownWorkspace[groupType] - selfIn);
  const foreign = peers - ownOthers;
  return { eligible: peers >= minPeers && (foreign === 0 || foreign >= minPeers), peers };
}

/**
 * The viewed scan against its peers: the requested group (sector or size band), falling back to all
 * organisations when that is too small, or "too few peers" when all organisations are too few as well.
 */
export function compareWithPeers(input: CompareInput): PeerComparison {
  const minPeers = Math.max(MIN_PEERS_FLOOR, input.minPeers);
  const order: GroupType[] = input.requested === "all" ? ["all"] : [input.requested, "all"];
  for (const groupType of order) {
    const value = groupValueFor(input, groupType);
    const norms = input.norms.filter((n) => n.groupType === groupType && n.groupValue === value);
    const n = norms[0]?.n ?? 0;
    if (norms.length === 0 || norms.some((norm) => norm.n !== n)) continue;
    const { eligible, peers } = eligibleGroup(input, groupType, n);
    if (!eligible) continue;
    const selfIn = input.self !== null && memberGroupValue(input.self, groupType) === value;
    const metrics: Record<string, MetricComparison> = {};
    for (const norm of norms) {
      const own = input.self?.values[norm.metric];
      const scores = selfIn && own !== undefined ? withoutOne(norm.scores, own) : norm.scores;
      const { median, p75 } = groupFigures(scores);
      const viewed = input.values[norm.metric];
      metrics[norm.metric] = {
        median,
        p75,
        percentile: viewed === null || viewed === undefined ? null : percentileRank(scores, viewed),
      };
    }
    return {
      shown: true,
      requested: input.requested,
      groupType,
      groupValue: value,
      fellBack: groupType !== input.requested,
      peers,
      metrics,
    };
  }
  return { shown: false, requested: input.requested, minPeers };
}
