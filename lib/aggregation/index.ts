export { aggregateAnswers, type RawRoundResponse } from "./aggregate-answers";
export { AGGREGATE_VERSION, type AggregateRoundOptions, aggregateRound } from "./aggregate-round";
export {
  AGREEMENT_BELOW,
  CONSENSUS_CAVEAT_BELOW,
  type Consensus,
  consensusForIqr,
  DIVIDED_FROM,
} from "./consensus";
export { type ItemDistribution, ordinalDispersion, sortItemsByDivergence } from "./item-distribution";
export { GAP_FLAG_FROM, type PerceptionGap } from "./perception-gaps";
export { quantile, type Spread, spreadOf } from "./quartiles";
export { domainResultsFromRound } from "./round-domain-results";
export { RoundInputError, type RoundInputIssue } from "./round-input-error";
export { clampMinGroupSize, DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_RANGE } from "./suppress-groups";
export { compareTeam, type TeamComparison } from "./team-comparison";
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
