import { findKnownEntities } from './known-entities.ts';
import { findNamesAndPlaces } from './names-and-places.ts';
import { extendAddressBlocks } from './patterns/address-blocks.ts';
import { findAddresses } from './patterns/addresses.ts';
import { findContacts } from './patterns/contact.ts';
import { findDates } from './patterns/dates.ts';
import { findNameFields } from './patterns/name-fields.ts';
import { findNumbers } from './patterns/numbers.ts';
import { numberedLabels, render, typeLabel } from './placeholders.ts';
import { mergeCandidates } from './spans.ts';
import type { Candidate, DeidContext, DeidResult, DeidSpan } from './types.ts';

/**
 * Finds every Safe Harbor identifier in a note (45 CFR 164.514(b)(2)), layer by layer, recall
 * first: (1) what the record knows, (2) fixed formats, (3) name and place lists. Returns spans
 * over the original text, sorted and non-overlapping.
 */
export function findIdentifiers(text: string, context?: DeidContext): DeidSpan[] {
  const candidates: Candidate[] = [];
  findKnownEntities(text, context, candidates);
  findContacts(text, candidates);
  findDates(text, candidates);
  findNumbers(text, candidates);
  findAddresses(text, candidates);
  findNamesAndPlaces(text, candidates);
  findNameFields(text, candidates);
  // Any place may open an address block ("ARENDAL\n, nan\n 4844"): extend the merged places.
  const places = mergeCandidates(candidates, text)
    .filter((s) => s.type === 'LOCATION')
    .map((s) => ({ ...s, rank: 3 }));
  extendAddressBlocks(text, places, candidates);
  return mergeCandidates(candidates, text);
}

/**
 * De-identifies a note: the text with each identifier replaced by its type placeholder
 * (`[NAME]`, `[DATE]`, ...) and the spans removed, indexed on the original text.
 *
 * @example deidentify('Rosa called 614-555-0143 on 3/14', { names: ['Rosa Delgado'] })
 *   // → { text: '[NAME] called [PHONE] on [DATE]', spans: [...] }
 */
export function deidentify(text: string, context?: DeidContext): DeidResult {
  const spans = findIdentifiers(text, context);
  return { text: render(text, spans, typeLabel), spans };
}

/**
 * Like {@link deidentify}, with numbered placeholders that stay consistent within the note:
 * each person becomes `[PERSON-1]`, `[PERSON-2]` ... and each place `[LOCATION-1]` ..., so a
 * reader can still follow who did what.
 */
export function deidentifyNumbered(text: string, context?: DeidContext): DeidResult {
  const spans = findIdentifiers(text, context);
  return { text: render(text, spans, numberedLabels(text, spans)), spans };
}
