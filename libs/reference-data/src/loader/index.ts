export type { SqlRunner } from './bulk-insert';
export { findReferenceDataDir } from './data-dir';
export * from './load-reference-data';
