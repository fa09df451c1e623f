import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REFERRAL_TARGETS } from '../../src/contract/safety.ts';
import { CONSENT_CATEGORIES } from '../../src/core/consent/categories.ts';
import { OUTCOMES } from '../../src/core/decide/decision.ts';
import { EVALUATION_ORDER } from '../../src/core/decide/evaluation-order.ts';
import { ABUSE_KINDS, LEGAL_PROCESSES, PURPOSES, RECIPIENTS, RISKS } from '../../src/core/decide/facts.ts';
import { RISK_CATEGORIES } from '../../src/core/risk/types.ts';
import { PROTOCOL_STEPS, OUTCOMES as SAFETY_OUTCOMES, URGENCIES } from '../../src/core/safety/protocol.ts';
import { CATEGORY_LABELS } from '../src/pages/consents/consent-api.ts';
import {
  ABUSE_LABELS,
  categoriesWords,
  GROUND_WORDS,
  groundWords,
  LEGAL_LABELS,
  OUTCOME_WORDS,
  PURPOSE_WORDS,
  purposeWords,
  RECIPIENT_LABELS,
  recipientLabel,
  RISK_LABELS,
} from '../src/pages/disclosures/share-words.ts';
import { ageWords, CATEGORY_WORDS, DECISION_WORDS, escalationWords, minutesWords, OUTCOME_WORDS as SAFETY_OUTCOME_WORDS, REFERRAL_WORDS, STEP_WORDS, URGENCY_WORDS } from '../src/pages/safety/safety-words.ts';

/**
 * The web app's words for the engine's and the protocol's codes (a unit test: no browser, no
 * database). The lists come from the core and the contract, so a code added there without words
 * here fails; and no label may itself be a code.
 */
const CODE = /\b[a-z]+_[a-z_]+\b/;
const keys = (o: object) => Object.keys(o).sort();

describe('the words the web app shows for codes', () => {
  const complete: [string, object, readonly string[]][] = [
    ['recipients', RECIPIENT_LABELS, RECIPIENTS],
    ['purposes', PURPOSE_WORDS, PURPOSES],
    ['categories', CATEGORY_LABELS, CONSENT_CATEGORIES],
    ['risk answers', RISK_LABELS, RISKS],
    ['abuse answers', ABUSE_LABELS, ABUSE_KINDS],
    ['legal papers', LEGAL_LABELS, LEGAL_PROCESSES],
    ['decision outcomes', OUTCOME_WORDS, OUTCOMES],
    ['grounds', GROUND_WORDS, [...EVALUATION_ORDER.map((g) => g.id), 'fail-closed']],
    ['safety categories', CATEGORY_WORDS, RISK_CATEGORIES],
    ['safety outcomes', SAFETY_OUTCOME_WORDS, SAFETY_OUTCOMES],
    ['referrals', REFERRAL_WORDS, REFERRAL_TARGETS],
    ['urgencies', URGENCY_WORDS, URGENCIES],
    ['decision outcomes on the safety screen', DECISION_WORDS, OUTCOMES],
  ];
  for (const [name, map, codes] of complete) {
    it(`has words for every one of the ${name}, and no others`, () => {
      assert.deepEqual(keys(map), [...codes].sort());
    });
  }

  it('names every protocol step and every step the server records', () => {
    for (const step of [...PROTOCOL_STEPS, 'opened', 'acknowledged', 'reassigned', 'escalated']) assert.ok(STEP_WORDS[step], step);
  });

  it('never shows a code as a label', () => {
    const labels = complete.flatMap(([, map]) => Object.values(map).map((v) => (typeof v === 'string' ? v : (v as { title: string }).title)));
    for (const label of [...labels, ...Object.values(STEP_WORDS)]) assert.doesNotMatch(label, CODE, label);
  });

  it('reads codes written with spaces (as the accounting once sent them) and leaves words alone', () => {
    assert.equal(purposeWords('protect participant'), 'Protecting the participant’s safety');
    assert.equal(purposeWords('Coordinating care'), 'Coordinating care');
    assert.equal(categoriesWords(['session content', 'identity']), 'What was said in sessions, Name and identity');
    assert.equal(recipientLabel('emergency_services'), 'Emergency services (911, ambulance, mobile crisis)');
    assert.equal(groundWords('G99-new'), 'A rule of the program’s policy');
  });

  it('says how long an event has waited, and its escalation, in words', () => {
    assert.equal(ageWords(0), 'just now');
    assert.equal(ageWords(1), '1 minute ago');
    assert.equal(ageWords(12), '12 minutes ago');
    assert.equal(ageWords(125), '2 hours 5 minutes ago');
    assert.equal(ageWords(120), '2 hours ago');
    assert.equal(ageWords(3 * 1440 + 7), '3 days ago');
    assert.equal(minutesWords(10), '10 minutes');
    const now = new Date();
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 14, 5).toISOString();
    assert.match(escalationWords({ at, toName: 'Sam Ortiz', afterMinutes: 10, exhausted: false }), /^Escalated to Sam Ortiz at \d{1,2}:05(\s?[AP]M)? — not acknowledged within 10 minutes$/);
  });
});
