import type { Questionnaire } from "../questionnaire/schema";
import { levelForScore } from "../scoring";
import { round2 } from "../scoring/round2";
import { consensusOf } from "./consensus";
import { bothBreakdownsSafe } from "./cross-breakdown";
import { distributeItems } from "./item-distribution";
import { meanOf } from "./mean";
import { overallFromMeans } from "./overall-from-means";
import { perceptionGaps } from "./perception-gaps";
import { spreadOf } from "./quartiles";
import { RoundInputError, type RoundInputIssue } from "./round-input-error";
import { clampMinGroupSize, compareKeys, suppressGroups } from "./suppress-groups";
import type {
  Breakdown,
  GroupDomain,
  RoundAggregate,
  RoundAnswerValue,
  RoundDomain,
  RoundGroup,
  RoundResponse,
} from "./types";

export const AGGREGATE_VERSION = 1;

export type AggregateRoundOptions = {
  questionnaire: Questionnaire;
  /** Submitted responses only, with their stored domain scores. */
  responses: ReadonlyArray<RoundResponse>;
  /** Default 3; clamped to 3..10. */
  minGroupSize?: number | null;
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
  };
}

function scoreAndLevel(q: Questionnaire, scores: ReadonlyArray<number>): { score: number; level: string } | null {
  const mean = meanOf(scores);
  if (mean === null) return null;
  const score = round2(mean);
  return { score, level: levelForScore(q.levels, score).id };
}

function roundDomain(q: Questionnaire, domainId: string, members: ReadonlyArray<Normalised>, min: number): RoundDomain {
  const scores = scoresIn(members, domainId);
  const scored = scoreAndLevel(q, scores);
  if (scores.length < min || scored === null) return hiddenDomain(domainId);
  const spread = spreadOf(scores);
  return {
    domainId,
    shown: true,
    respondents: scores.length,
    ...scored,
    spread,
    ...consensusOf({ spread, respondents: scores.length }),
  };
}

function groupMembers(members: ReadonlyArray<Normalised>, by: Breakdown): Array<[string, Normalised[]]> {
  const groups = new Map<string, Normalised[]>();
  for (const member of members) {
    const key = by === "role" ? member.role : member.team;
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(member);
    else groups.set(key, [member]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareKeys(a, b));
}

/** Hidden keys per domain: the group-level hidden ones, plus the per-domain minimum and subtraction rule. */
function hiddenPerDomain(
  groups: ReadonlyArray<[string, Normalised[]]>,
  roundDomains: ReadonlyArray<RoundDomain>,
  members: ReadonlyArray<Normalised>,
  hiddenGroups: ReadonlySet<string>,
  min: number,
): Map<string, Set<string>> {
  return new Map(
    roundDomains.map((domain) => {
      if (!domain.shown) return [domain.domainId, new Set(groups.map(([key]) => key))];
      const counts = groups.map(([key, list]) => ({ key, count: scoresIn(list, domain.domainId).length }));
      const listed = counts.reduce((sum, group) => sum + group.count, 0);
      const unlisted = scoresIn(members, domain.domainId).length - listed;
      return [
        domain.domainId,
        suppressGroups({ groups: counts, unlisted, minGroupSize: min, alwaysHidden: hiddenGroups }),
      ];
    }),
  );
}

function breakdownGroups(
  q: Questionnaire,
  by: Breakdown,
  members: ReadonlyArray<Normalised>,
  roundDomains: ReadonlyArray<RoundDomain>,
  min: number,
): RoundGroup[] {
  const groups = groupMembers(members, by);
  const listed = groups.reduce((sum, [, list]) => sum + list.length, 0);
  const hidden = suppressGroups({
    groups: groups.map(([key, list]) => ({ key, count: list.length })),
    unlisted: members.length - listed,
    minGroupSize: min,
  });
  const hiddenByDomain = hiddenPerDomain(groups, roundDomains, members, hidden, min);
  return groups.map(([key, list]): RoundGroup => {
    if (hidden.has(key)) {
      return {
        by,
        key,
        shown: false,
        tooFew: true,
        respondents: null,
        overall: { score: null, level: null },
        domains: [],
        items: [],
      };
    }
    const domains = q.domains.map((domain): GroupDomain => {
      const scores = scoresIn(list, domain.id);
      const scored = scoreAndLevel(q, scores);
      if (hiddenByDomain.get(domain.id)?.has(key) !== false || scored === null)
        return { domainId: domain.id, shown: false, respondents: null, score: null, level: null };
      return { domainId: domain.id, shown: true, respondents: scores.length, ...scored };
    });
    return {
      by,
      key,
      shown: true,
      tooFew: false,
      respondents: list.length,
      overall: overallFromMeans(q, domains),
      domains,
      items: distributeItems({ questionnaire: q, answers: list.map((member) => member.answers) }),
    };
  });
}

function hideGroup(group: RoundGroup): RoundGroup {
  return {
    ...group,
    shown: false,
    tooFew: true,
    respondents: null,
    overall: { score: null, level: null },
    domains: [],
    items: [],
  };
}

/**
 * Roles and teams are each safe on their own, but together they could single someone out (managers − Sales =
 * the one manager in Ops). When both would be shown, the teams stay shown only if every role × team cell meets
 * the minimum (lib/aggregation/cross-breakdown.ts) — for the whole group, and per domain for the respondents
 * counted in it. Otherwise the role breakdown, the perception gap the round is about, is kept.
 */
function guardAgainstRoles(
  q: Questionnaire,
  teams: RoundGroup[],
  roles: ReadonlyArray<RoundGroup>,
  members: ReadonlyArray<Normalised>,
  min: number,
): RoundGroup[] {
  // Roles add nothing to subtract with when none is shown, or the one shown is everybody.
  const splitting = roles.some((g) => g.shown && g.respondents !== members.length);
  if (!teams.some((g) => g.shown) || !splitting) return teams;
  if (!bothBreakdownsSafe(members, min)) return teams.map((g) => (g.shown ? hideGroup(g) : g));
  const unsafeDomains = new Set(
    q.domains
      .filter(
        (domain) =>
          !bothBreakdownsSafe(
            members.filter((m) => m.scores.has(domain.id)),
            min,
          ),
      )
      .map((domain) => domain.id),
  );
  if (unsafeDomains.size === 0) return teams;
  return teams.map((group) => {
    if (!group.shown) return group;
    const domains = group.domains.map(
      (d): GroupDomain =>
        unsafeDomains.has(d.domainId)
          ? { domainId: d.domainId, shown: false, respondents: null, score: null, level: null }
          : d,
    );
    return { ...group, domains, overall: overallFromMeans(q, domains) };
  });
}

/**
 * Aggregates a round of submitted responses from their stored domain scores (no re-scoring).
 * Anonymity, subtraction, quartile, consensus, divergence and gap rules: docs/aggregation.md.
 * The result is plain JSON (no Dates, Maps or undefined) so it can be stored as a snapshot.
 * Throws RoundInputError for unknown domains or items, scores off 0–100 or answers off the scale.
 */
export function aggregateRound({ questionnaire: q, responses, minGroupSize }: AggregateRoundOptions): RoundAggregate {
  const min = clampMinGroupSize(minGroupSize);
  const members = normaliseResponses(q, responses);
  const base = {
    version: AGGREGATE_VERSION,
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    minGroupSize: min,
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
  const domains = q.domains.map((domain) => roundDomain(q, domain.id, members, min));
  const roles = breakdownGroups(q, "role", members, domains, min);
  const groups = [
    ...roles,
    ...guardAgainstRoles(q, breakdownGroups(q, "team", members, domains, min), roles, members, min),
  ];
  return {
    ...base,
    shown: true,
    tooFew: false,
    respondents: members.length,
    overall: overallFromMeans(q, domains),
    domains,
    groups,
    gaps: perceptionGaps({ domainIds: q.domains.map((d) => d.id), groups }),
    items: distributeItems({ questionnaire: q, answers: members.map((member) => member.answers) }),
  };
}
