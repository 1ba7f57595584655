import { compareKeys, suppressGroups } from "@/lib/aggregation/suppress-groups";
import { isMarkValue, isNpsValue, markOf, npsOf } from "@/lib/mirror/appreciation";
import { clampMirrorMinGroupSize, mirrorMinDistribution } from "@/lib/mirror/minimums";
import {
  isMirrorScaleValue,
  MIRROR_SCALE_MAX,
  MIRROR_SCALE_MIN,
  mirrorStatementScore,
  roundOne,
} from "@/lib/mirror/scale";
import type {
  MirrorAggregate,
  MirrorCustomer,
  MirrorDomain,
  MirrorGroup,
  MirrorInside,
  MirrorLabel,
  MirrorStatement,
} from "@/lib/mirror/types";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";

/** Inside − outside of at least this many points is a blind spot; at most minus this, a hidden strength. */
export const MIRROR_GAP_THRESHOLD = 15;

/** The label of a gap (inside − outside, rounded to one decimal as published). */
export function mirrorLabel(gap: number): MirrorLabel {
  if (gap >= MIRROR_GAP_THRESHOLD) return "blind-spot";
  return gap <= -MIRROR_GAP_THRESHOLD ? "hidden-strength" : "aligned";
}

/** A customer's segment, trimmed; null when they named none. */
function segmentOf(customer: MirrorCustomer): string | null {
  const key = typeof customer.segment === "string" ? customer.segment.trim() : "";
  return key === "" ? null : key;
}

/**
 * One customer's score per domain: the mean of their statement scores in it, when at least
 * `minAnsweredShare` of the domain's statements got a scale answer. Values off the scale count as unanswered.
 */
export function customerDomainScores(
  questionnaire: MirrorQuestionnaire,
  customer: MirrorCustomer,
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const domain of questionnaire.domains) {
    const items = questionnaire.items.filter((item) => item.domain === domain.id);
    const values = items.map((item) => customer.answers[item.id]).filter(isMirrorScaleValue);
    if (items.length === 0 || values.length / items.length < questionnaire.minAnsweredShare) continue;
    scores.set(domain.id, values.reduce((sum, v) => sum + mirrorStatementScore(v), 0) / values.length);
  }
  return scores;
}

/** Summed in ascending order, so the result does not depend on the order of the customers (floating point). */
const mean = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0) / values.length;

type Scored = { customer: MirrorCustomer; segment: string | null; domains: Map<string, number> };

function domainFigures(
  questionnaire: MirrorQuestionnaire,
  scored: readonly Scored[],
  inside: MirrorInside | null | undefined,
  isShown: (domainId: string, respondents: number) => boolean,
): MirrorDomain[] {
  return questionnaire.domains.map((domain) => {
    const values = scored.flatMap((s) => {
      const score = s.domains.get(domain.id);
      return score === undefined ? [] : [score];
    });
    const shown = values.length > 0 && isShown(domain.id, values.length);
    const outside = shown ? mean(values) : null;
    const insideDomain = inside?.domains.find((d) => d.domainId === domain.id);
    const insideScore =
      insideDomain && typeof insideDomain.score === "number" && Number.isFinite(insideDomain.score)
        ? insideDomain.score
        : null;
    const gap = outside !== null && insideScore !== null ? roundOne(insideScore - outside) : null;
    return {
      domainId: domain.id,
      respondents: values.length,
      shown,
      score: outside === null ? null : roundOne(outside),
      inside: insideScore === null ? null : roundOne(insideScore),
      insideRespondents: insideDomain && insideScore !== null ? insideDomain.respondents : null,
      gap,
      label: gap === null ? null : mirrorLabel(gap),
      limitedVisibility: domain.outsideVisibility === "limited",
    };
  });
}

function statementFigures(
  questionnaire: MirrorQuestionnaire,
  customers: readonly MirrorCustomer[],
  minDistribution: number,
  publish: boolean,
): MirrorStatement[] {
  return questionnaire.items.map((item) => {
    const answers = customers.map((c) => c.answers[item.id]);
    const values = answers.filter(isMirrorScaleValue);
    const shown = publish && values.length >= minDistribution;
    const points = Array.from(
      { length: MIRROR_SCALE_MAX - MIRROR_SCALE_MIN + 1 },
      (_, i) => values.filter((v) => v === MIRROR_SCALE_MIN + i).length,
    );
    return {
      itemId: item.id,
      domainId: item.domain,
      mirrors: [...item.mirrors],
      respondents: values.length,
      shown,
      score: shown ? roundOne(mean(values.map(mirrorStatementScore))) : null,
      distribution: shown
        ? {
            points,
            dk: answers.filter((a) => a === "dk").length,
            na: answers.filter((a) => a === "na").length,
          }
        : null,
    };
  });
}

/**
 * Which segments' figures of one kind (a domain, the NPS, the mark) are hidden: the groups hidden as a whole,
 * those below the minimum for this figure, and — so the total minus the shown segments never reveals fewer
 * than the minimum — the smallest shown ones until what is left over is 0 or at least the minimum
 * (lib/aggregation/suppress-groups.ts). Customers without a segment count in the left-over part.
 */
function hiddenFor(
  keys: readonly string[],
  scored: readonly Scored[],
  counts: (s: Scored) => boolean,
  minGroupSize: number,
  hiddenGroups: ReadonlySet<string>,
): Set<string> {
  return suppressGroups({
    groups: keys.map((key) => ({ key, count: scored.filter((s) => s.segment === key && counts(s)).length })),
    minGroupSize,
    unlisted: scored.filter((s) => s.segment === null && counts(s)).length,
    alwaysHidden: hiddenGroups,
  });
}

/**
 * The mirror's published figures: outside score per domain (each customer once), gap and label against the
 * inside view, per statement, NPS with its 90% margin, report mark, per segment — nothing below the minimum.
 * Answers off the scale, NPS values outside 0..10 and marks outside 1..10 count as not given (the callers
 * validate input; the aggregation never fails on stored data).
 */
export function aggregateMirror(options: {
  questionnaire: MirrorQuestionnaire;
  customers: readonly MirrorCustomer[];
  inside?: MirrorInside | null;
  /** The group minimum; never below 5 for customers. */
  minGroupSize: number;
}): MirrorAggregate {
  const { questionnaire, customers, inside } = options;
  const min = clampMirrorMinGroupSize(options.minGroupSize);
  const minDistribution = mirrorMinDistribution(min);
  const shown = customers.length >= min;
  const scored: Scored[] = customers.map((customer) => ({
    customer,
    segment: segmentOf(customer),
    domains: customerDomainScores(questionnaire, customer),
  }));
  const npsValues = (list: readonly Scored[]) =>
    list.flatMap((s) => (isNpsValue(s.customer.nps) ? [s.customer.nps] : []));
  const markValues = (list: readonly Scored[]) =>
    list.flatMap((s) => (isMarkValue(s.customer.mark) ? [s.customer.mark] : []));

  const domains = domainFigures(questionnaire, scored, inside, (_, n) => shown && n >= min);

  const keys = [...new Set(scored.flatMap((s) => (s.segment === null ? [] : [s.segment])))].sort(compareKeys);
  const hiddenGroups = shown
    ? suppressGroups({
        groups: keys.map((key) => ({ key, count: scored.filter((s) => s.segment === key).length })),
        minGroupSize: min,
        unlisted: scored.filter((s) => s.segment === null).length,
      })
    : new Set(keys);
  const hiddenByDomain = new Map(
    questionnaire.domains.map((d) => [d.id, hiddenFor(keys, scored, (s) => s.domains.has(d.id), min, hiddenGroups)]),
  );
  const hiddenNps = hiddenFor(keys, scored, (s) => isNpsValue(s.customer.nps), min, hiddenGroups);
  const hiddenMark = hiddenFor(keys, scored, (s) => isMarkValue(s.customer.mark), min, hiddenGroups);

  const groups: MirrorGroup[] = keys.map((key) => {
    const members = scored.filter((s) => s.segment === key);
    if (hiddenGroups.has(key)) {
      return { by: "segment", key, respondents: null, shown: false, domains: null, nps: null, mark: null };
    }
    return {
      by: "segment",
      key,
      respondents: members.length,
      shown: true,
      domains: domainFigures(
        questionnaire,
        members,
        inside,
        (domainId, n) => n >= min && !hiddenByDomain.get(domainId)?.has(key),
      ),
      nps: npsOf(npsValues(members), min, !hiddenNps.has(key)),
      mark: markOf(markValues(members), min, minDistribution, !hiddenMark.has(key)),
    };
  });

  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    respondents: customers.length,
    minGroupSize: min,
    minDistribution,
    shown,
    domains,
    statements: statementFigures(questionnaire, customers, minDistribution, shown),
    nps: npsOf(npsValues(scored), min, shown),
    mark: markOf(markValues(scored), min, minDistribution, shown),
    groups,
  };
}
