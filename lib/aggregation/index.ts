export { aggregateAnswers, type RawRoundResponse } from "@/lib/aggregation/aggregate-answers";
export { AGGREGATE_VERSION, type AggregateRoundOptions, aggregateRound } from "@/lib/aggregation/aggregate-round";
export {
  AGREEMENT_BELOW,
  CONSENSUS_CAVEAT_BELOW,
  type Consensus,
  consensusForIqr,
  DIVIDED_FROM,
} from "@/lib/aggregation/consensus";
export {
  ALPHA_ACCEPTABLE_FROM,
  ALPHA_MIN_RESPONDENTS,
  cronbachAlpha,
  domainAlpha,
} from "@/lib/aggregation/cronbach-alpha";
export { type GroupPlanEntry, groupPlan } from "@/lib/aggregation/group-plan";
export {
  type Interval90,
  interval90Of,
  type MarginBasis,
  type MeanInterval,
  marginBasisFor,
  REFERENCE_SD,
} from "@/lib/aggregation/interval";
export { type ItemDistribution, ordinalDispersion, sortItemsByDivergence } from "@/lib/aggregation/item-distribution";
export {
  classifyChange,
  classifyGap,
  classifyTarget,
  differenceMargin,
  type GapVerdict,
  type MarginLabel,
  type MarginVerdict,
  type Measured,
  measuredOf,
  type TargetVerdict,
} from "@/lib/aggregation/margin-rules";
export { type GroupBlock, mergeSmallGroups } from "@/lib/aggregation/merge-groups";
export {
  clampMinGroupSize,
  DEFAULT_MIN_DISTRIBUTION,
  DEFAULT_MIN_GROUP,
  MIN_GROUP_CEILING,
  MIN_GROUP_FLOOR,
  MIN_GROUP_SIZE_RANGE,
  MIN_GROUP_WARN_BELOW,
  minDistributionFor,
  OWN_SPREAD_FROM,
} from "@/lib/aggregation/minimums";
export { GAP_FLAG_FROM, type PerceptionGap } from "@/lib/aggregation/perception-gaps";
export { quantile, type Spread, spreadOf } from "@/lib/aggregation/quartiles";
export { readAggregate } from "@/lib/aggregation/read-aggregate";
export { domainResultsFromRound } from "@/lib/aggregation/round-domain-results";
export { RoundInputError, type RoundInputIssue } from "@/lib/aggregation/round-input-error";
export { INTERVAL_CONFIDENCE, tQuantile95 } from "@/lib/aggregation/t-quantile";
export { compareTeam, type TeamComparison, teamsWithView } from "@/lib/aggregation/team-comparison";
export type {
  Breakdown,
  GroupDomain,
  OverallScore,
  RoundAggregate,
  RoundAnswerValue,
  RoundDomain,
  RoundGroup,
  RoundResponse,
} from "@/lib/aggregation/types";
