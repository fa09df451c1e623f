/** The de-identifier's public surface: pure functions, no I/O. */
export { deidentify, deidentifyNumbered, findIdentifiers } from './deidentify.ts';
export type { DeidContext, DeidResult, DeidSpan, SpanType } from './types.ts';
