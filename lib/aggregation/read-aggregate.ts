import { consensusOf } from "@/lib/aggregation/consensus";
import type { CountedItem } from "@/lib/aggregation/item-distribution";
import { minDistributionFor } from "@/lib/aggregation/minimums";
import { publishItems } from "@/lib/aggregation/publish-items";
import type { Spread } from "@/lib/aggregation/quartiles";
import type { Breakdown, RoundAggregate, RoundDomain, RoundGroup } from "@/lib/aggregation/types";

type V1Spread = { min: number; q1: number; median: number; q3: number; max: number };
type V1Item = Omit<CountedItem, never> & { divergence: number | null };
type V1Domain = Omit<RoundDomain, "spread"> & { spread: V1Spread | null };
type V1Group = Omit<RoundGroup, "members" | "items"> & { members?: string[]; items: V1Item[] };
/** A snapshot written before the per-statement and distribution minimums (aggregate version 1). */
type V1Aggregate = Omit<RoundAggregate, "version" | "minDistribution" | "domains" | "groups" | "items"> & {
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
function upgradeV1(old: V1Aggregate): RoundAggregate {
  const minDistribution = minDistributionFor(old.minGroupSize);
  const domains = old.domains.map((d): RoundDomain => {
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
    (g): RoundGroup => ({
      ...g,
      members: g.members ?? [g.key],
      items: g.shown ? (published.groups[g.by === "role" ? 0 : 1]?.get(g.key) ?? []) : [],
    }),
  );
  return { ...old, version: 2, minDistribution, domains, groups, items: published.round };
}

/**
 * A stored snapshot as the pages, exports and organiser page read it: today's version as is, an older one
 * upgraded under today's publication rules (upgradeV1), so results published before those rules do not
 * republish a minimum, maximum or small distribution.
 */
export function readAggregate(stored: unknown): RoundAggregate {
  const aggregate = stored as RoundAggregate | V1Aggregate;
  return aggregate.version === 1 ? upgradeV1(aggregate) : aggregate;
}
