/**
 * The customer's mirror (issue 19), pure types: what goes into the mirror aggregation and what comes out. The
 * CLI (`npm run mirror`), the server loaders and the pages all use these shapes; docs/mirror.md explains them.
 */

/** A customer's answer to one mirror statement: a scale point, "dk" (don't know) or "na" (not applicable). */
export type MirrorAnswerValue = number | "dk" | "na";

/** One customer's response, as stored (MirrorResponse + MirrorAnswer) or as read by the CLI (CUSTOMERS.json). */
export type MirrorCustomer = {
  segment?: string | null;
  answers: Record<string, MirrorAnswerValue>;
  /** The Net Promoter question, 0–10. */
  nps?: number | null;
  /** The report mark (rapportcijfer), 1–10. */
  mark?: number | null;
};

/**
 * The inside view per domain: a self-scan's scores (respondents 1) or a round's means (or one team's, where the
 * mirror is about a team and that team's results are shown). Read from `npm run score` / `npm run aggregate`
 * output by the CLI, from the paired scan by the server.
 */
export type MirrorInside = {
  domains: Array<{ domainId: string; score: number | null; respondents: number }>;
};

/** Inside − outside of at least +15: blind spot; at most −15: hidden strength; else aligned. */
export type MirrorLabel = "blind-spot" | "hidden-strength" | "aligned";

export type MirrorDomain = {
  domainId: string;
  /** Customers with a score in this domain (enough scale answers to its statements). */
  respondents: number;
  /** Whether the outside figures of this domain are published (respondents ≥ the minimum). */
  shown: boolean;
  /** The outside score: the mean of the domain's statement means on 0–100, one decimal; null when not shown. */
  score: number | null;
  /** The inside score, when an inside view was given (copied, rounded to one decimal). */
  inside: number | null;
  insideRespondents: number | null;
  /** inside − outside, one decimal; null unless both are known. */
  gap: number | null;
  label: MirrorLabel | null;
  /** The questionnaire says this domain is hard to see from outside (its `outsideVisibility` is "limited"). */
  limitedVisibility: boolean;
};

/** Counts per scale point (in the scale's order), plus don't know and not applicable. */
export type MirrorDistribution = { points: number[]; dk: number; na: number };

export type MirrorStatement = {
  itemId: string;
  domainId: string;
  /** The internal statements (item ids of the paired full scan) this statement mirrors. */
  mirrors: string[];
  /** Customers with a scale answer to it. */
  respondents: number;
  /** Whether its figures are published (scale answers ≥ the distribution minimum). */
  shown: boolean;
  /** Mean on 0–100, one decimal; null when not shown. */
  score: number | null;
  distribution: MirrorDistribution | null;
};

export type MirrorNps = {
  /** Customers who answered the question (a count of who answered, never of what). */
  respondents: number;
  /** Counts of 9–10, 7–8 and 0–6; null below the minimum, where they would tell what a few customers said. */
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /** % promoters − % detractors, −100…100, one decimal; null below the minimum. */
  score: number | null;
  /** 90% margin (normal approximation, issue 19 §3) on the same scale, one decimal; null below the minimum. */
  margin90: number | null;
};

export type MirrorMark = {
  respondents: number;
  /** One decimal; null below the minimum. */
  mean: number | null;
  /** Counts of marks 1..10 (index 0 is mark 1); null below the distribution minimum. */
  distribution: number[] | null;
};

export type MirrorGroup = {
  by: "segment";
  key: string;
  /** Customers in the segment; null when the group is not shown (a hidden group carries no size). */
  respondents: number | null;
  /** False below the minimum, or suppressed so that no hidden group can be found by subtraction. */
  shown: boolean;
  domains: MirrorDomain[] | null;
  nps: MirrorNps | null;
  mark: MirrorMark | null;
};

export type MirrorAggregate = {
  questionnaireId: string;
  questionnaireVersion: number;
  respondents: number;
  /** The group minimum applied: `minGroupSize` clamped to at least 5. */
  minGroupSize: number;
  /** The distribution minimum applied (statements, report marks): max(5, minGroupSize). */
  minDistribution: number;
  /** False below the minimum: then no figure at all is published. */
  shown: boolean;
  domains: MirrorDomain[];
  statements: MirrorStatement[];
  nps: MirrorNps | null;
  mark: MirrorMark | null;
  groups: MirrorGroup[];
};
