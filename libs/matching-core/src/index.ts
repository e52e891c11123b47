/**
 * @wsp/matching-core: the pure matching domain (no framework, no I/O). See README.md in this
 * library for the rules, the parameters and the decisions behind them.
 */
export * from './model';
export { MatchingConfigurationError, selectEffective, isoDaysBetween } from './effective';
export type { Dated } from './effective';
export * from './doelgroep';
export * from './parameters';
export * from './travel';
export * from './constraints';
export * from './components';
export * from './explanation';
export * from './scoring';
export type { RankedEntry, RankedLists } from './batch/bipartite';
export { optimiseProposals } from './batch/b-matching';
export type { BatchOptions, BatchResult, Proposal } from './batch/b-matching';
