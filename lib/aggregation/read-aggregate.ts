import { consensusOf } from "@/lib/aggregation/consensus";
import type { CountedItem } from "@/lib/aggregation/item-distribution";
import { minDistributionFor } from "@/lib/aggregation/minimums";
import type { PerceptionGap } from "@/lib/aggregation/perception-gaps";
import { publishItems } from "@/lib/aggregation/publish-items";
import type { Spread } from "@/lib/aggregation/quartiles";
import type { Breakdown, GroupDomain, RoundAggregate, RoundDomain, RoundGroup } from "@/lib/aggregation/types";

/** What issue 18 added (version 3): absent from older snapshots, which cannot be recomputed from them. */
type V2Domain = Omit<RoundDomain, "interval90" | "margin90" | "marginBasis" | "alpha">;
type V2GroupDomain = Omit<GroupDomain, "interval90" | "margin90" | "marginBasis">;
type V2Group = Omit<RoundGroup, "domains"> & { domains: V2GroupDomain[] };
type V2Gap = Omit<PerceptionGap, "margin" | "beyondMargin">;
/** A snapshot written before intervals, margins and α (aggregate version 2). */
type V2Aggregate = Omit<RoundAggregate, "version" | "domains" | "groups" | "gaps"> & {
  version: 2;
  domains: V2Domain[];
  groups: V2Group[];
  gaps: V2Gap[];
};

type V1Spread = { min: number; q1: number; median: number; q3: number; max: number };
type V1Item = Omit<CountedItem, never> & { divergence: number | null };
type V1Domain = Omit<V2Domain, "spread"> & { spread: V1Spread | null };
type V1Group = Omit<V2Group, "members" | "items"> & { members?: string[]; items: V1Item[] };
/** A snapshot written before the per-statement and distribution minimums (aggregate version 1). */
type V1Aggregate = Omit<V2Aggregate, "version" | "minDistribution" | "domains" | "groups" | "items"> & {
  version: 1;
  domains: V1Domain[];
  groups: V1Group[];
  items: V1Item[];
};

function counted(item: V1Item): CountedItem {
  return {
    itemId: item.itemId,
    domainId: item.domainId,
    respondents: item.respondents,
    counts: item.counts,
    dontKnow: item.dontKnow,
    notApplicable: item.notApplicable,
    unanswered: item.unanswered,
  };
}

/**
 * A snapshot of version 1 read under today's rules, from what it holds (the responses are not re-read, so a
 * closed round's published figures never change for the better — only numbers are withdrawn):
 * - the spread loses min, median and max, and is kept (Q1, Q3, consensus) only from the distribution minimum
 *   max(5, minGroupSize);
 * - each statement's distribution is kept only with at least that many scale answers, and per breakdown only
 *   when the scale answers left over beside the shown groups are 0 or at least that many;
 * - when roles split the round and teams were shown too, the teams' statements are withdrawn (the role × team
 *   cells per statement cannot be checked from a snapshot).
 * Groups are not merged (hidden groups kept no data to merge with).
 */
function upgradeV1(old: V1Aggregate): V2Aggregate {
  const minDistribution = minDistributionFor(old.minGroupSize);
  const domains = old.domains.map((d): V2Domain => {
    const spread: Spread | null =
      d.shown && d.spread && d.respondents !== null && d.respondents >= minDistribution
        ? { q1: d.spread.q1, q3: d.spread.q3 }
        : null;
    return {
      ...d,
      spread,
      ...(spread && d.respondents !== null
        ? consensusOf({ spread, respondents: d.respondents })
        : { consensus: null, consensusCaveat: false }),
    };
  });
  const rolesSplit = old.groups.some((g) => g.by === "role" && g.shown && g.respondents !== old.respondents);
  const breakdown = (by: Breakdown) => {
    const groups = old.groups.filter((g) => g.by === by);
    return {
      groups: groups.map((g) => ({ key: g.key, items: g.shown ? g.items.map(counted) : null })),
      itemSafe: by === "team" && rolesSplit ? () => false : undefined,
    };
  };
  const published = old.shown
    ? publishItems({
        round: old.items.map(counted),
        breakdowns: [breakdown("role"), breakdown("team")],
        minDistribution,
      })
    : { round: [], groups: [new Map(), new Map()] };
  const groups = old.groups.map(
    (g): V2Group => ({
      ...g,
      members: g.members ?? [g.key],
      items: g.shown ? (published.groups[g.by === "role" ? 0 : 1]?.get(g.key) ?? []) : [],
    }),
  );
  return { ...old, version: 2, minDistribution, domains, groups, items: published.round };
}

/**
 * A snapshot of version 2 as version 3: the intervals, margins (and their basis) and α were not stored and cannot be
 * recomputed from the snapshot (it holds no responses), so they are null; a gap's margin is unknown, so
 * `beyondMargin` is null and no gap is flagged any more ("flagged only beyond the margin"). As with
 * version 1, reading an old snapshot only ever shows less.
 */
function upgradeV2(old: V2Aggregate): RoundAggregate {
  return {
    ...old,
    version: 3,
    domains: old.domains.map((d) => ({ ...d, interval90: null, margin90: null, marginBasis: null, alpha: null })),
    groups: old.groups.map((g) => ({
      ...g,
      domains: g.domains.map((d) => ({ ...d, interval90: null, margin90: null, marginBasis: null })),
    })),
    gaps: old.gaps.map((gap) => ({ ...gap, margin: null, beyondMargin: null, flagged: false })),
  };
}

/**
 * A stored snapshot as the pages, exports and organiser page read it: today's version as is, an older one
 * upgraded under today's publication rules (upgradeV1, upgradeV2), so results published before those rules
 * do not republish a minimum, maximum or small distribution, nor flag a gap whose margin is unknown.
 */
export function readAggregate(stored: unknown): RoundAggregate {
  const aggregate = stored as RoundAggregate | V2Aggregate | V1Aggregate;
  if (aggregate.version === 1) return upgradeV2(upgradeV1(aggregate));
  return aggregate.version === 2 ? upgradeV2(aggregate) : aggregate;
}
