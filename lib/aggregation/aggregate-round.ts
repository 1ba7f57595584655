import { consensusOf } from "@/lib/aggregation/consensus";
import { domainAlpha } from "@/lib/aggregation/cronbach-alpha";
import { bothBreakdownsSafe } from "@/lib/aggregation/cross-breakdown";
import { interval90Of } from "@/lib/aggregation/interval";
import { type CountedItem, countItems } from "@/lib/aggregation/item-distribution";
import { meanOf } from "@/lib/aggregation/mean";
import { type GroupBlock, mergeSmallGroups, orderKeys } from "@/lib/aggregation/merge-groups";
import { clampMinGroupSize, minDistributionFor } from "@/lib/aggregation/minimums";
import { overallFromMeans } from "@/lib/aggregation/overall-from-means";
import { perceptionGaps } from "@/lib/aggregation/perception-gaps";
import { type ItemBreakdown, publishItems } from "@/lib/aggregation/publish-items";
import { spreadOf } from "@/lib/aggregation/quartiles";
import { RoundInputError, type RoundInputIssue } from "@/lib/aggregation/round-input-error";
import { suppressGroups } from "@/lib/aggregation/suppress-groups";
import type {
  Breakdown,
  GroupDomain,
  RoundAggregate,
  RoundAnswerValue,
  RoundDomain,
  RoundGroup,
  RoundResponse,
} from "@/lib/aggregation/types";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { levelForScore } from "@/lib/scoring";
import { round2 } from "@/lib/scoring/round2";

export const AGGREGATE_VERSION = 3;

export type AggregateRoundOptions = {
  questionnaire: Questionnaire;
  /** Submitted responses only, with their stored domain scores. */
  responses: ReadonlyArray<RoundResponse>;
  /** Default 5 (DEFAULT_MIN_GROUP); clamped to 3..10. */
  minGroupSize?: number | null;
  /** The distribution minimum: default 5, raised to the group minimum when lower. */
  minDistribution?: number | null;
  /**
   * The round's roles and teams in their order: small groups merge with their neighbours in it. Without an
   * order nothing is merged (neighbours in code-unit order mean nothing).
   */
  roleOrder?: ReadonlyArray<string>;
  teamOrder?: ReadonlyArray<string>;
};

type Normalised = {
  role: string;
  team: string | null;
  scores: ReadonlyMap<string, number>;
  answers: Readonly<Record<string, RoundAnswerValue>>;
};

function checkResponse(q: Questionnaire, response: RoundResponse, path: string): RoundInputIssue[] {
  const issues: RoundInputIssue[] = [];
  if (typeof response.role !== "string" || response.role.trim() === "")
    issues.push({ path: `${path}.role`, message: "a role is required" });
  const domainIds = new Set(q.domains.map((d) => d.id));
  const seen = new Set<string>();
  response.domainScores.forEach(({ domainId, score }, i) => {
    const where = `${path}.domainScores[${i}]`;
    if (!domainIds.has(domainId)) issues.push({ path: where, message: `unknown domain "${domainId}"` });
    if (seen.has(domainId)) issues.push({ path: where, message: `domain "${domainId}" is given more than once` });
    seen.add(domainId);
    if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100))
      issues.push({ path: where, message: `score must be null or 0–100, got ${String(score)}` });
  });
  const itemIds = new Set(q.items.map((item) => item.id));
  const points = new Set(q.scale.points.map((point) => point.value));
  for (const [itemId, value] of Object.entries(response.answers)) {
    const where = `${path}.answers.${itemId}`;
    if (!itemIds.has(itemId))
      issues.push({ path: where, message: `item "${itemId}" is not in "${q.id}" v${q.version}` });
    else if (value !== "na" && value !== "dk" && !(typeof value === "number" && points.has(value)))
      issues.push({ path: where, message: `must be a scale point, "na" or "dk", got ${JSON.stringify(value)}` });
  }
  return issues;
}

function normaliseResponses(q: Questionnaire, responses: ReadonlyArray<RoundResponse>): Normalised[] {
  const issues = responses.flatMap((response, i) => checkResponse(q, response, `responses[${i}]`));
  if (issues.length > 0) throw new RoundInputError(issues);
  return responses.map((response) => {
    const team = typeof response.team === "string" ? response.team.trim() : "";
    const scores = new Map<string, number>();
    for (const { domainId, score } of response.domainScores) if (score !== null) scores.set(domainId, score);
    return { role: response.role.trim(), team: team === "" ? null : team, scores, answers: response.answers };
  });
}

function scoresIn(members: ReadonlyArray<Normalised>, domainId: string): number[] {
  return members.flatMap((member) => {
    const score = member.scores.get(domainId);
    return score === undefined ? [] : [score];
  });
}

function hiddenDomain(domainId: string): RoundDomain {
  return {
    domainId,
    shown: false,
    respondents: null,
    score: null,
    level: null,
    spread: null,
    consensus: null,
    consensusCaveat: false,
    interval90: null,
    margin90: null,
    marginBasis: null,
    alpha: null,
  };
}

/** A group's domain that is not shown: no number about it, not even its interval. */
function hiddenGroupDomain(domainId: string): GroupDomain {
  return {
    domainId,
    shown: false,
    respondents: null,
    score: null,
    level: null,
    interval90: null,
    margin90: null,
    marginBasis: null,
  };
}

/**
 * The published numbers of one mean: score, level and its 90% interval. The interval is computed with the
 * mean and published in the same place, so it can never appear where the mean is hidden (docs/anonymity.md).
 * Only the whole round's interval may use its own spread (from 30): a group's own spread beside the round's
 * would let a reader subtract sums of squares, round minus a group of 30, down to the rest of the people.
 */
function scoreAndLevel(
  q: Questionnaire,
  scores: ReadonlyArray<number>,
  scope: "round" | "group",
): (Pick<GroupDomain, "interval90" | "margin90" | "marginBasis"> & { score: number; level: string }) | null {
  const mean = meanOf(scores);
  if (mean === null) return null;
  const score = round2(mean);
  const interval = interval90Of(scores, { ownSpread: scope === "round" });
  return {
    score,
    level: levelForScore(q.levels, score).id,
    interval90: interval?.interval90 ?? null,
    margin90: interval?.margin90 ?? null,
    marginBasis: interval?.marginBasis ?? null,
  };
}

function roundDomain(
  q: Questionnaire,
  domainId: string,
  members: ReadonlyArray<Normalised>,
  min: number,
  minDistribution: number,
): RoundDomain {
  const scores = scoresIn(members, domainId);
  const scored = scoreAndLevel(q, scores, "round");
  if (scores.length < min || scored === null) return hiddenDomain(domainId);
  // The spread rests on the distribution minimum; below it the mean is shown without spread or consensus.
  const spread = spreadOf(scores, minDistribution);
  return {
    domainId,
    shown: true,
    respondents: scores.length,
    ...scored,
    spread,
    ...consensusOf({ spread, respondents: scores.length }),
    // The whole round only (never per group), and from 30 complete answer sets (cronbach-alpha.ts).
    alpha: domainAlpha(
      q,
      domainId,
      members.map((member) => member.answers),
    ),
  };
}

type Block = GroupBlock & { list: Normalised[] };

/**
 * The groups of one breakdown in the round's order, small ones merged with a neighbour (merge-groups.ts).
 * `blockOf` maps a role or team to the key of the block it is in.
 */
function breakdownBlocks(
  members: ReadonlyArray<Normalised>,
  by: Breakdown,
  order: ReadonlyArray<string> | undefined,
  min: number,
): Block[] {
  const lists = new Map<string, Normalised[]>();
  for (const member of members) {
    const key = by === "role" ? member.role : member.team;
    if (key === null) continue;
    const list = lists.get(key);
    if (list) list.push(member);
    else lists.set(key, [member]);
  }
  const keys = orderKeys(lists.keys(), order);
  const counts = keys.map((key) => ({ key, count: lists.get(key)?.length ?? 0 }));
  const blocks =
    order === undefined
      ? counts.map((g) => ({ key: g.key, members: [g.key], count: g.count }))
      : mergeSmallGroups({ groups: counts, minGroupSize: min });
  return blocks.map((block) => ({ ...block, list: block.members.flatMap((key) => lists.get(key) ?? []) }));
}

/** Hidden keys per domain: the group-level hidden ones, plus the per-domain minimum and subtraction rule. */
function hiddenPerDomain(
  blocks: ReadonlyArray<Block>,
  roundDomains: ReadonlyArray<RoundDomain>,
  members: ReadonlyArray<Normalised>,
  hiddenGroups: ReadonlySet<string>,
  min: number,
): Map<string, Set<string>> {
  return new Map(
    roundDomains.map((domain) => {
      if (!domain.shown) return [domain.domainId, new Set(blocks.map((b) => b.key))];
      const counts = blocks.map((b) => ({ key: b.key, count: scoresIn(b.list, domain.domainId).length }));
      const listed = counts.reduce((sum, group) => sum + group.count, 0);
      const unlisted = scoresIn(members, domain.domainId).length - listed;
      return [
        domain.domainId,
        suppressGroups({ groups: counts, unlisted, minGroupSize: min, alwaysHidden: hiddenGroups }),
      ];
    }),
  );
}

type BuiltGroup = { group: RoundGroup; counted: CountedItem[] | null };

function hiddenGroup(by: Breakdown, block: Pick<GroupBlock, "key" | "members">): RoundGroup {
  return {
    by,
    key: block.key,
    members: block.members,
    shown: false,
    tooFew: true,
    respondents: null,
    overall: { score: null, level: null },
    domains: [],
    items: [],
  };
}

function breakdownGroups(
  q: Questionnaire,
  by: Breakdown,
  blocks: ReadonlyArray<Block>,
  members: ReadonlyArray<Normalised>,
  roundDomains: ReadonlyArray<RoundDomain>,
  min: number,
): BuiltGroup[] {
  const listed = blocks.reduce((sum, b) => sum + b.list.length, 0);
  const hidden = suppressGroups({
    groups: blocks.map((b) => ({ key: b.key, count: b.list.length })),
    unlisted: members.length - listed,
    minGroupSize: min,
  });
  const hiddenByDomain = hiddenPerDomain(blocks, roundDomains, members, hidden, min);
  return blocks.map((block): BuiltGroup => {
    if (hidden.has(block.key)) return { group: hiddenGroup(by, block), counted: null };
    const domains = q.domains.map((domain): GroupDomain => {
      const scores = scoresIn(block.list, domain.id);
      const scored = scoreAndLevel(q, scores, "group");
      if (hiddenByDomain.get(domain.id)?.has(block.key) !== false || scored === null)
        return hiddenGroupDomain(domain.id);
      return { domainId: domain.id, shown: true, respondents: scores.length, ...scored };
    });
    return {
      group: {
        by,
        key: block.key,
        members: block.members,
        shown: true,
        tooFew: false,
        respondents: block.list.length,
        overall: overallFromMeans(q, domains),
        domains,
        items: [],
      },
      counted: countItems({ questionnaire: q, answers: block.list.map((member) => member.answers) }),
    };
  });
}

/**
 * Roles and teams are each safe on their own, but together they could single someone out (managers − Sales =
 * the one manager in Ops). When both would be shown, the teams stay shown only if every role × team cell meets
 * the minimum (lib/aggregation/cross-breakdown.ts) — for the whole group, per domain for the respondents
 * counted in it, and per statement (in itemSafe) for those who gave a scale answer. Otherwise the role
 * breakdown, the perception gap the round is about, is kept. Cells are taken between the published (merged)
 * groups.
 */
function guardAgainstRoles(
  q: Questionnaire,
  teams: BuiltGroup[],
  roles: ReadonlyArray<BuiltGroup>,
  cells: ReadonlyArray<Normalised & { cell: { role: string; team: string | null } }>,
  min: number,
  minDistribution: number,
): { teams: BuiltGroup[]; itemSafe?: (itemId: string) => boolean } {
  // Roles add nothing to subtract with when none is shown, or the one shown is everybody.
  const splitting = roles.some((g) => g.group.shown && g.group.respondents !== cells.length);
  if (!teams.some((g) => g.group.shown) || !splitting) return { teams };
  const cellsOf = (list: typeof cells) => list.map((m) => m.cell);
  if (!bothBreakdownsSafe(cellsOf(cells), min))
    return {
      teams: teams.map((g) => (g.group.shown ? { group: hiddenGroup("team", g.group), counted: null } : g)),
    };
  const itemSafe = (itemId: string) =>
    bothBreakdownsSafe(cellsOf(cells.filter((m) => typeof m.answers[itemId] === "number")), minDistribution);
  const unsafeDomains = new Set(
    q.domains
      .filter((domain) => !bothBreakdownsSafe(cellsOf(cells.filter((m) => m.scores.has(domain.id))), min))
      .map((domain) => domain.id),
  );
  if (unsafeDomains.size === 0) return { teams, itemSafe };
  return {
    itemSafe,
    teams: teams.map(({ group, counted }) => {
      if (!group.shown) return { group, counted };
      const domains = group.domains.map(
        (d): GroupDomain => (unsafeDomains.has(d.domainId) ? hiddenGroupDomain(d.domainId) : d),
      );
      return { group: { ...group, domains, overall: overallFromMeans(q, domains) }, counted };
    }),
  };
}

/**
 * Aggregates a round of submitted responses from their stored domain scores (no re-scoring).
 * Anonymity, merging, subtraction, quartile, consensus, divergence and gap rules: docs/aggregation.md.
 * The result is plain JSON (no Dates, Maps or undefined) so it can be stored as a snapshot; it holds only
 * numbers that may be published, so any page may pass any part of it on.
 * Throws RoundInputError for unknown domains or items, scores off 0–100 or answers off the scale.
 */
export function aggregateRound({
  questionnaire: q,
  responses,
  minGroupSize,
  minDistribution: requestedDistribution,
  roleOrder,
  teamOrder,
}: AggregateRoundOptions): RoundAggregate {
  const min = clampMinGroupSize(minGroupSize);
  const minDistribution = minDistributionFor(min, requestedDistribution);
  const members = normaliseResponses(q, responses);
  const base = {
    version: AGGREGATE_VERSION,
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    minGroupSize: min,
    minDistribution,
  } as const;
  if (members.length < min) {
    return {
      ...base,
      shown: false,
      tooFew: true,
      respondents: null,
      overall: { score: null, level: null },
      domains: q.domains.map((domain) => hiddenDomain(domain.id)),
      groups: [],
      gaps: [],
      items: [],
    };
  }
  const domains = q.domains.map((domain) => roundDomain(q, domain.id, members, min, minDistribution));
  const roleBlocks = breakdownBlocks(members, "role", roleOrder, min);
  const teamBlocks = breakdownBlocks(members, "team", teamOrder, min);
  const blockOf = (blocks: ReadonlyArray<Block>) =>
    new Map(blocks.flatMap((b) => b.members.map((key): [string, string] => [key, b.key])));
  const roleOf = blockOf(roleBlocks);
  const teamOf = blockOf(teamBlocks);
  const cells = members.map((m) => ({
    ...m,
    cell: { role: roleOf.get(m.role) ?? m.role, team: m.team === null ? null : (teamOf.get(m.team) ?? m.team) },
  }));
  const roles = breakdownGroups(q, "role", roleBlocks, members, domains, min);
  const guarded = guardAgainstRoles(
    q,
    breakdownGroups(q, "team", teamBlocks, members, domains, min),
    roles,
    cells,
    min,
    minDistribution,
  );
  const toBreakdown = (built: ReadonlyArray<BuiltGroup>, itemSafe?: (itemId: string) => boolean): ItemBreakdown => ({
    groups: built.map((b) => ({ key: b.group.key, items: b.counted })),
    itemSafe,
  });
  const published = publishItems({
    round: countItems({ questionnaire: q, answers: members.map((member) => member.answers) }),
    breakdowns: [toBreakdown(roles), toBreakdown(guarded.teams, guarded.itemSafe)],
    minDistribution,
  });
  const withItems = (built: ReadonlyArray<BuiltGroup>, items: Map<string, RoundGroup["items"]> | undefined) =>
    built.map(({ group }) => ({ ...group, items: items?.get(group.key) ?? [] }));
  const groups = [...withItems(roles, published.groups[0]), ...withItems(guarded.teams, published.groups[1])];
  return {
    ...base,
    shown: true,
    tooFew: false,
    respondents: members.length,
    overall: overallFromMeans(q, domains),
    domains,
    groups,
    gaps: perceptionGaps({ domainIds: q.domains.map((d) => d.id), groups }),
    items: published.round,
  };
}
