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

/** Summed in ascending order, so the result does not depend on the order of the customers (floating point). */
const mean = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0) / values.length;

type Scored = { customer: MirrorCustomer; segment: string | null };

/** Scale answers per statement of a set of customers: the only sums a domain score is built from. */
function statementSums(questionnaire: MirrorQuestionnaire, customers: readonly MirrorCustomer[]) {
  return new Map(
    questionnaire.items.map((item) => {
      const values = customers.map((c) => c.answers[item.id]).filter(isMirrorScaleValue);
      return [item.id, { count: values.length, mean: values.length > 0 ? mean(values.map(mirrorStatementScore)) : 0 }];
    }),
  );
}

/**
 * The outside score of each domain: the mean of its statements' means, over the statements with at least the
 * distribution minimum of scale answers, once at least `minAnsweredShare` of the domain's statements qualify.
 * Not a mean of each customer's own domain mean: a customer who answered part of a domain ("don't know") weighs
 * differently there, and that difference, set against the published statement counts, solves their answers
 * (issue 19's "each customer once" gives way to the anonymity promise; docs/mirror.md). Built from statement
 * figures only, the domain score tells nothing the statements do not (for the whole mirror they are published).
 */
function domainFigures(
  questionnaire: MirrorQuestionnaire,
  customers: readonly MirrorCustomer[],
  inside: MirrorInside | null | undefined,
  minDistribution: number,
  isShown: (domainId: string) => boolean,
): MirrorDomain[] {
  const sums = statementSums(questionnaire, customers);
  return questionnaire.domains.map((domain) => {
    const items = questionnaire.items.filter((item) => item.domain === domain.id);
    const counted = items.flatMap((item) => {
      const sum = sums.get(item.id);
      return sum && sum.count >= minDistribution ? [sum.mean] : [];
    });
    const respondents = customers.filter((c) => items.some((item) => isMirrorScaleValue(c.answers[item.id]))).length;
    const enough = items.length > 0 && counted.length / items.length >= questionnaire.minAnsweredShare;
    const shown = enough && isShown(domain.id);
    const outside = shown ? mean(counted) : null;
    const insideDomain = inside?.domains.find((d) => d.domainId === domain.id);
    const insideScore =
      insideDomain && typeof insideDomain.score === "number" && Number.isFinite(insideDomain.score)
        ? insideDomain.score
        : null;
    const gap = outside !== null && insideScore !== null ? roundOne(insideScore - outside) : null;
    return {
      domainId: domain.id,
      respondents,
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

/**
 * Which segments may show a domain: those with at least the distribution minimum of scale answers to EVERY
 * statement of the domain, and — per statement, so the total minus the shown segments never leaves fewer than
 * that many answers to subtract — the smallest shown ones hidden until every statement's left-over is 0 or at
 * least the minimum (lib/aggregation/suppress-groups.ts, repeated until nothing changes: hiding a segment for
 * one statement hides it for the domain, which can change another statement's left-over).
 */
function segmentsShowingDomain(
  questionnaire: MirrorQuestionnaire,
  domainId: string,
  keys: readonly string[],
  scored: readonly Scored[],
  minDistribution: number,
  hiddenGroups: ReadonlySet<string>,
): Set<string> {
  const items = questionnaire.items.filter((item) => item.domain === domainId);
  const answered = (list: readonly Scored[], itemId: string) =>
    list.filter((s) => isMirrorScaleValue(s.customer.answers[itemId])).length;
  const hidden = new Set(hiddenGroups);
  for (const key of keys) {
    const members = scored.filter((s) => s.segment === key);
    if (items.some((item) => answered(members, item.id) < minDistribution)) hidden.add(key);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const item of items) {
      const more = suppressGroups({
        groups: keys.map((key) => ({
          key,
          count: answered(
            scored.filter((s) => s.segment === key),
            item.id,
          ),
        })),
        minGroupSize: minDistribution,
        unlisted: answered(
          scored.filter((s) => s.segment === null),
          item.id,
        ),
        alwaysHidden: hidden,
      });
      for (const key of more) {
        if (!hidden.has(key)) {
          hidden.add(key);
          changed = true;
        }
      }
    }
  }
  return new Set(keys.filter((key) => !hidden.has(key)));
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
 * The mirror's published figures: outside score per domain (from its statements' means), gap and label against the
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
  }));
  const npsValues = (list: readonly Scored[]) =>
    list.flatMap((s) => (isNpsValue(s.customer.nps) ? [s.customer.nps] : []));
  const markValues = (list: readonly Scored[]) =>
    list.flatMap((s) => (isMarkValue(s.customer.mark) ? [s.customer.mark] : []));

  const domains = domainFigures(questionnaire, customers, inside, minDistribution, () => shown);

  const keys = [...new Set(scored.flatMap((s) => (s.segment === null ? [] : [s.segment])))].sort(compareKeys);
  const hiddenGroups = shown
    ? suppressGroups({
        groups: keys.map((key) => ({ key, count: scored.filter((s) => s.segment === key).length })),
        minGroupSize: min,
        unlisted: scored.filter((s) => s.segment === null).length,
      })
    : new Set(keys);
  const showingDomain = new Map(
    questionnaire.domains.map((d) => [
      d.id,
      segmentsShowingDomain(questionnaire, d.id, keys, scored, minDistribution, hiddenGroups),
    ]),
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
        members.map((s) => s.customer),
        inside,
        minDistribution,
        (domainId) => showingDomain.get(domainId)?.has(key) ?? false,
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
