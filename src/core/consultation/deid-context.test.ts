import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deidentify } from '../deid/index.ts';
import { deidContextFromProfile } from './deid-context.ts';

const profile = {
  givenName: 'Zephyrine',
  familyName: 'Quillfeather',
  preferredName: 'Zeph',
  dateOfBirth: '1990-02-03',
  phone: '555-0199',
  email: 'zq@example.org',
  address: { line1: '17 Marigold Lane', city: 'Brookhaven', state: 'OR', postalCode: '97000' },
  contacts: [{ name: 'Thaddeus Wrenfield', phone: '555-0123' }],
};

test('the context lists the participant’s and contacts’ names, birth date, contact details and address', () => {
  const c = deidContextFromProfile(profile);
  assert.deepEqual(c.names, ['Zephyrine Quillfeather', 'Zeph Quillfeather', 'Zephyrine', 'Quillfeather', 'Zeph', 'Thaddeus Wrenfield']);
  assert.deepEqual(c.dates, ['1990-02-03']);
  assert.deepEqual(c.ids, ['555-0199', 'zq@example.org', '97000', '555-0123']);
  assert.deepEqual(c.addresses, ['17 Marigold Lane, Brookhaven, OR 97000', '17 Marigold Lane', 'Brookhaven']);
});

test('with that context, what the record knows is gone from the text however it is written', () => {
  const text =
    'ZEPH (Zephyrine Quillfeather, born Feb 3rd 1990) lives at 17 Marigold Lane in Brookhaven, OR; call 555 0199 or zq@example.org. Her sponsor Thaddeus rang from 555-0123.';
  const out = deidentify(text, deidContextFromProfile(profile)).text;
  for (const leak of ['Zeph', 'ZEPH', 'Quillfeather', 'Feb 3', 'Marigold', 'Brookhaven', '0199', 'zq@', 'Thaddeus', '0123']) {
    assert.ok(!out.includes(leak), `${leak} survived in: ${out}`);
  }
});
