/**
 * Timeweave extraction: text -> documents, temporal expressions and events.
 * Pure TypeScript: no DOM, no Svelte. Only re-exports live here.
 */
export type * from './types.ts';
export { extract, ExtractError } from './extract.ts';
export { timexesOf, type Timex } from './timexes.ts';
