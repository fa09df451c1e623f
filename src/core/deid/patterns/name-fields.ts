import type { Candidate } from '../types.ts';
import { collect } from './collect.ts';

/**
 * Names in form fields and introductions: "Name: Ana Dias", "Contact person: Carole Hayes",
 * "my name is Ruth R Montez", "What's your name? Jildau S Bouts". What follows such a label is
 * a name whatever its words, up to the end of the line or sentence.
 */
const FIELD =
  /\b(?:(?:full |last |first |legal |patient |client |contact |emergency contact )?name|contact person|signed|account holder|guardian|next of kin)\s*:\s*((?:\p{L}[\p{L}'’.-]*)(?:[ \t]+(?:\p{L}[\p{L}'’.-]*)){0,3})/dgiu;
const INTRODUCTION =
  /\b(?:my name is|name's|your name\?|last name\?|first name\?|name on the account\?)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.?)){0,3})/dgu;

/** Finds names given in labelled fields and introductions. */
export function findNameFields(text: string, out: Candidate[]): void {
  collect(out, text, FIELD, (m) => (/\d/.test(m[1] ?? '') ? null : 'NAME'), 3, 1);
  collect(out, text, INTRODUCTION, 'NAME', 3, 1);
}
