import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryOfInformation } from './categories.ts';
import { LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT } from './limits-of-confidentiality.ts';
import { PART2_REDISCLOSURE_NOTICE, PART2_REDISCLOSURE_NOTICE_SHORT } from './part2-notice.ts';

describe('limits-of-confidentiality statement', () => {
  const text = LIMITS_OF_CONFIDENTIALITY.sections.map((s) => `${s.heading} ${s.text}`).join(' ');

  it('is versioned', () => {
    assert.match(LIMITS_OF_CONFIDENTIALITY.version, /^limits-of-confidentiality\/en\/\d{4}-\d{2}-v\d+$/);
    assert.notEqual(LIMITS_OF_CONFIDENTIALITY.version, TELEHEALTH_ACKNOWLEDGMENT.version);
  });

  it('covers danger to self or others, child/elder/dependent-adult abuse, court orders, mandated reports and telehealth', () => {
    for (const topic of [/hurt yourself/, /someone else/, /child/, /older adult/, /depends on others/, /judge can order/, /law require/i, /video/]) {
      assert.match(text, topic);
    }
  });

  it('is written in short plain sentences (none over 35 words, no legal citations)', () => {
    const sentences = LIMITS_OF_CONFIDENTIALITY.sections.flatMap((s) => s.text.split(/(?<=[.!?])\s+/));
    const long = sentences.filter((s) => s.split(/\s+/).length > 35);
    assert.deepEqual(long, []);
    assert.doesNotMatch(text, /CFR|§/);
  });
});

describe('Part 2 redisclosure notice', () => {
  it('has the required content of 42 CFR 2.32', () => {
    assert.match(PART2_REDISCLOSURE_NOTICE, /42 CFR part 2/);
    assert.match(PART2_REDISCLOSURE_NOTICE, /civil, criminal, administrative, or legislative proceedings/);
    assert.match(PART2_REDISCLOSURE_NOTICE, /general authorization .* is NOT sufficient/);
    assert.match(PART2_REDISCLOSURE_NOTICE, /investigate or prosecute/);
    assert.equal(PART2_REDISCLOSURE_NOTICE_SHORT, '42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
  });
});

describe('categoryOfInformation', () => {
  it('maps the facts’ information names onto consent categories, and unknown names onto none', () => {
    assert.equal(categoryOfInformation('attendance'), 'attendance');
    assert.equal(categoryOfInformation('Relapse Status'), 'substance_use');
    assert.equal(categoryOfInformation('address'), 'contact_details');
    assert.equal(categoryOfInformation('horoscope'), null);
  });
});
