import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deidentify } from './deidentify.ts';

/**
 * International addresses, phone numbers and names, one table per capability. Every fixture is
 * invented for these tests: `removed` phrases must be covered by spans, `kept` phrases must
 * survive in the redacted text.
 */

interface Case {
  readonly text: string;
  readonly removed?: readonly string[];
  readonly kept?: readonly string[];
}

/** Every letter and digit of `phrase` lies inside a span. */
function covered(text: string, spans: readonly { start: number; end: number }[], phrase: string): boolean {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `fixture error: "${phrase}" is not in "${text}"`);
  for (let i = at; i < at + phrase.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

function runTable(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(JSON.stringify(c.text), () => {
        const r = deidentify(c.text);
        for (const p of c.removed ?? []) assert.ok(covered(c.text, r.spans, p), `"${p}" not removed: ${r.text}`);
        for (const p of c.kept ?? []) assert.ok(r.text.includes(p), `lost "${p}": ${r.text}`);
      });
    }
  });
}

runTable('street type after the name (Nordic, Finnish, Estonian, Hungarian, Dutch, German)', [
  { text: 'She moved to Lindqvist gata 14 last spring.', removed: ['Lindqvist gata 14'] },
  { text: 'Our office is at Petőfi utca 21. Come by.', removed: ['Petőfi utca 21'] },
  { text: 'pedestrians enter on tammela út 7. after nine', removed: ['tammela út 7.'] },
  { text: 'Mail goes to Kuusiku tee 5 now.', removed: ['Kuusiku tee 5'] },
  { text: 'He stays near Vondel laan 3 with his aunt.', removed: ['Vondel laan 3'] },
  { text: 'We waited at the gate 12, then boarding gate 4.', kept: ['gate 12', 'boarding gate 4'] },
  { text: 'Bring the golf tee 3 times a week.', kept: ['golf tee 3'] },
]);

runTable('street type fused onto the name', [
  { text: 'He lives at Birkenweg 12 now.', removed: ['Birkenweg 12'] },
  { text: 'Send the letter to Sandvej 4.', removed: ['Sandvej 4'] },
  { text: 'Her flat is on Keizersgracht 101, second floor.', removed: ['Keizersgracht 101'] },
  { text: 'Address: Lindenstraße 5b', removed: ['Lindenstraße 5b'] },
  { text: 'meet me at 88 koivutie 6 tomorrow', removed: ['88 koivutie 6'] },
  { text: 'The bus stops on J. Verhulststraat 20.', removed: ['J. Verhulststraat 20'] },
  { text: 'Took the highway 61 north, then the fairway 12 was closed.', kept: ['fairway 12'] },
]);

runTable('street type before the name (Greek, Slavic, Romance, Spanish abbreviation)', [
  { text: 'The clinic is at Λεωφόρος Κηφισίας 44 in the centre.', removed: ['Λεωφόρος Κηφισίας 44'] },
  { text: 'She grew up on trg Svobode 3 in a small flat.', removed: ['trg Svobode 3'] },
  { text: 'They met at Rua Quinze de Novembro 210.', removed: ['Rua Quinze de Novembro 210'] },
  { text: 'Post it to C/ Mayor 5, please.', removed: ['C/ Mayor 5'] },
  { text: 'He now lives on Ermou Str., near the market.', removed: ['Ermou Str.'] },
  { text: 'CV: NSR C/ OCC PVC, BP stable.', kept: ['C/ OCC PVC'] },
]);

runTable('address blocks: postcodes by shape, towns in capitals or lower case', [
  { text: 'Kirkeveien 12\n0368 OSLO\nNorway', removed: ['Kirkeveien 12\n0368 OSLO\nNorway'] },
  { text: 'Write to 14 Kelso Close\nLeeds LS6 2BQ', removed: ['14 Kelso Close\nLeeds LS6 2BQ'] },
  { text: 'Lives at 88 Birchmount Road\nToronto, ON M1K 1N8', removed: ['88 Birchmount Road\nToronto, ON M1K 1N8'] },
  { text: 'Prinsengracht 263\n1016 GV Amsterdam', removed: ['Prinsengracht 263\n1016 GV Amsterdam'] },
  { text: 'ul. Słoneczna 8\n53-320 Wrocław', removed: ['ul. Słoneczna 8\n53-320 Wrocław'] },
  { text: 'Moved to Rákóczi út 13.\nSzeged, Hungary 6720', removed: ['Rákóczi út 13.\nSzeged, Hungary 6720'] },
  { text: 'new address: 2 tammikatu 9, ylöjärvi, finland', removed: ['2 tammikatu 9, ylöjärvi, finland'] },
  { text: 'Kirkeveien 12, then we went home.', removed: ['Kirkeveien 12'], kept: ['then we went home'] },
  { text: 'RESP: ON IMV RR 12 PS 20 PEEP 10 40%.', kept: ['RR 12 PS 20 PEEP 10'] },
]);

runTable('a town and its postcode, either order', [
  { text: 'She found work in Tromsø 9008 last year.', removed: ['9008'] },
  { text: 'He rents a room in 75011 Paris.', removed: ['75011'] },
  { text: 'He finished in Group 2021 with the others.', kept: ['Group 2021'] },
]);

runTable('post-office boxes and military or ship addresses in other languages and cases', [
  { text: 'Send it to Postfach 1204 in Bern.', removed: ['Postfach 1204'] },
  { text: 'Caixa Postal 88, Recife', removed: ['Caixa Postal 88'] },
  { text: 'Apartado 331 is her mailing address.', removed: ['Apartado 331'] },
  { text: 'psc 4410, box 22\napo ae 09012', removed: ['psc 4410, box 22\napo ae 09012'] },
  { text: 'He serves on USNV Halvard now.', removed: ['USNV Halvard'] },
]);

runTable('phone numbers in national groupings, cued or trunk-prefixed', [
  { text: 'Phone:\n0612 3456789', removed: ['0612 3456789'] },
  { text: 'mobile: 99 668421', removed: ['99 668421'] },
  { text: '22-33-44-55 office\n(0)22 555 123 fax', removed: ['22-33-44-55'] },
  { text: 'Please stop texting 0470 12 34 56', removed: ['0470 12 34 56'] },
  { text: 'call the desk: +46 (0)8 555 123 45', removed: ['+46 (0)8 555 123 45'] },
  { text: 'BP 120 80 HR 60 RR 18 sat 98', kept: ['120 80', 'RR 18'] },
]);

runTable('person names by shape and context', [
  { text: 'Talked with Anneke van der Berg today.', removed: ['Anneke van der Berg'] },
  { text: 'Joost ten Brink will be there.', removed: ['Joost ten Brink'] },
  { text: 'Spoke with Kaija M. Rautio this morning.', removed: ['Kaija M. Rautio'] },
  { text: 'spoke with mikael lindqvist yesterday about rent', removed: ['mikael lindqvist'], kept: ['yesterday about rent'] },
  { text: 'frank castillo came by the office', removed: ['frank castillo'] },
  { text: 'follow up with benjamin r seiler in a couple of months', removed: ['benjamin r seiler'] },
  { text: 'The songwriter Robert Tonić said hi.', removed: ['Robert Tonić'] },
  { text: 'we asked whether Solveig could come', removed: ['Solveig'] },
  { text: 'Maren grew up nearby.', removed: ['Maren'] },
  { text: 'we had a frank discussion and will mark the chart', kept: ['frank discussion', 'will mark the chart'] },
  { text: 'tonic water, basic labs and a grant form', kept: ['tonic water, basic labs and a grant form'] },
]);

runTable('ventilator settings and units are no dates or initials; real dates stay removed', [
  { text: 'ON BIPAP OVERNIGHT 10/5 FIO2 65%.', kept: ['10/5'] },
  { text: 'Vent settings Psv 10, Cpap 5 with flowby 6/3.', kept: ['6/3'] },
  { text: 'ABG 7.35/66/55 on 10/5 BIPAP.', kept: ['10/5'] },
  { text: 'Wean from vent and extubate 3/11.', removed: ['3/11'] },
  { text: 'RESP: O2 AT 2L NP WITH SATS 96%.', kept: ['2L NP'] },
]);

runTable('an institution named after a place, where a patient is moved or treated', [
  { text: 'Pt transferred from University of Maryland overnight.', removed: ['University of Maryland'] },
  { text: 'PATIENT WAS ADMITTED TO U OF MD FOR CATH.', removed: ['U OF MD'] },
  { text: 'She is studying nursing at the University of Michigan.', kept: ['University of Michigan'] },
  { text: 'u of all people should know', kept: ['u of all people'] },
]);
