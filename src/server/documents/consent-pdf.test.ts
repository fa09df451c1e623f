import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { type ConsentForm, consentPdf } from './consent-pdf.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const form = (o: Partial<ConsentForm> = {}): ConsentForm => ({
  consentId: '6f1c8f80-3f0c-4d3e-9a63-0f1f2a3b4c5d',
  part2: false,
  participantName: 'Łukasz Żółkiewski',
  discloser: 'Riverside Peer Recovery',
  recipient: { person: { name: 'Dr. Αθηνά Παππά', contact: 'fax 555-0100' }, organization: { name: 'Клиника Гавань' } },
  categories: ['attendance', 'recovery_plan'],
  purposeDescription: 'care coordination',
  expiry: { kind: 'date', on: '2027-01-31' },
  criminalJustice: null,
  signature: { method: 'typed', signedOn: '2026-11-23', signer: 'participant', typedName: 'Łukasz Żółkiewski' },
  ...o,
});

/** The decompressed content streams: what a PDF reader draws. */
function drawnText(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      out.push(inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'));
    } catch {
      // images and fonts that are not deflated content
    }
  }
  return out.join('\n');
}

test('the consent form is a complete PDF with the DejaVu font embedded, so non-Latin names print', async () => {
  const pdf = await consentPdf(form());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.subarray(-16).toString('latin1'), /%%EOF/);
  assert.ok(pdf.includes(Buffer.from('DejaVuSans')), 'the TTF subset is embedded');
  assert.ok(!pdf.includes(Buffer.from('Riverside')), 'content streams are compressed: no clear text in the bytes');
  assert.match(drawnText(pdf), /Tj|TJ/, 'text is drawn');
});

test('a Part 2 form carries the 42 CFR 2.32 notice; a drawn signature is drawn as an image', async () => {
  const plain = await consentPdf(form());
  const part2 = await consentPdf(form({ part2: true, signature: { method: 'drawn', signedOn: '2026-11-23', signer: 'participant', image: PNG } }));
  assert.ok(part2.length > plain.length);
  assert.ok(part2.includes(Buffer.from('/Subtype /Image')), 'the signature image is in the file');
});
