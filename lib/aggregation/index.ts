export { aggregateAnswers, type RawRoundResponse } from "./aggregate-answers";
export { AGGREGATE_VERSION, type AggregateRoundOptions, aggregateRound } from "./aggregate-round";
export {
  AGREEMENT_BELOW,
  CONSENSUS_CAVEAT_BELOW,
  type Consensus,
  consensusForIqr,
  DIVIDED_FROM,
} from "./consensus";
export { type GroupPlanEntry, groupPlan } from "./group-plan";
export { type ItemDistribution, ordinalDispersion, sortItemsByDivergence } from "./item-distribution";
export { type GroupBlock, mergeSmallGroups } from "./merge-groups";
export {
  clampMinGroupSize,
  DEFAULT_MIN_DISTRIBUTION,
  DEFAULT_MIN_GROUP,
  MIN_GROUP_CEILING,
  MIN_GROUP_FLOOR,
  MIN_GROUP_SIZE_RANGE,
  MIN_GROUP_WARN_BELOW,
  minDistributionFor,
} from "./minimums";
export { GAP_FLAG_FROM, type PerceptionGap } from "./perception-gaps";
export { quantile, type Spread, spreadOf } from "./quartiles";
export { readAggregate } from "./read-aggregate";
export { domainResultsFromRound } from "./round-domain-results";
export { RoundInputError, type RoundInputIssue } from "./round-input-error";
export { compareTeam, type TeamComparison, teamsWithView } from "./team-comparison";
export type {
  Breakdown,
  GroupDomain,
  OverallScore,
  RoundAggregate,
  RoundAnswerValue,
  RoundDomain,
  RoundGroup,
  RoundResponse,
} from "./types";
