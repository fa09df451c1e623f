import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

describe('G1 internal use', () => {
  it('lets a supervisor read session notes for a performance review, minimum necessary', () => {
    const d = decideDisclosure(part2({ recipient: 'supervisor', purpose: 'supervision', information: ['session_notes'] }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('42 CFR 2.12(c)(3)'));
  });

  it('does not cover gossip with a colleague on the team', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'care_team', purpose: 'casual_conversation' })).outcome, 'denied');
  });
});

describe('G11 the participant’s own access', () => {
  it('permits the participant to get their own Part 2 record', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'participant', purpose: 'participant_access', information: ['full_record'] })).outcome, 'permitted_exception');
  });
});

describe('G12-G13 consultation, training, reports, research', () => {
  it('allows asking a statewide peer list for ideas only de-identified', () => {
    const d = decideDisclosure(facts({ recipient: 'external_colleague', purpose: 'consultation', information: ['housing_situation', 'employer'] }));
    assert.equal(d.outcome, 'deidentified_only');
    assert.ok(d.obligations.some((o) => /identifier/.test(o)));
  });

  it('allows a class paper about a participant only de-identified', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'training_audience', purpose: 'education_or_training' })).outcome, 'deidentified_only');
  });

  it('allows a success story in a grant report only de-identified, unless a specific release exists', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'funder', purpose: 'program_reporting' })).outcome, 'deidentified_only');
    assert.equal(decideDisclosure(facts({ recipient: 'vendor', purpose: 'fundraising', consent: { status: 'valid' } })).outcome, 'permitted_with_consent');
  });

  it('permits an audit by a health plan through the privacy officer (health oversight, 2.53)', () => {
    const d = decideDisclosure(part2({ recipient: 'health_plan', purpose: 'program_reporting' }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('42 CFR 2.53'));
  });

  it('escalates research use to the privacy officer', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'researcher', purpose: 'research' })).outcome, 'escalate');
  });

  it('treats information that already meets Safe Harbor as shareable in that form only', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'external_colleague', purpose: 'consultation', identifiable: false })).outcome, 'deidentified_only');
  });
});

describe('G14-G15 reasons that are never enough', () => {
  it('denies replying to an online review with anything about the reviewer', () => {
    const d = decideDisclosure(facts({ recipient: 'public', purpose: 'reputation_defense', information: ['attendance'] }));
    assert.equal(d.outcome, 'denied');
    assert.match(d.explanation, /What you can do:/);
  });

  it('denies it even when the reply leaves the name out: the reviewer is identified by the review', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'public', purpose: 'reputation_defense', identifiable: false })).outcome, 'denied');
  });

  it('denies congratulating a participant on their public post', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'public', purpose: 'social_media' })).outcome, 'denied');
  });

  it('denies forwarding a participant’s angry message about their psychiatrist without being asked', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'other_organization', purpose: 'complaint_relay' })).outcome, 'denied');
  });

  it('denies a landlord asking without a release', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'landlord', purpose: 'housing' })).outcome, 'denied');
  });
});

describe('default deny', () => {
  it('denies when nothing is known: no consent, no risk, no legal process, an unknown requester', () => {
    const d = decideDisclosure(facts());
    assert.equal(d.outcome, 'denied');
    assert.ok(d.basis.length > 0);
    assert.ok(d.obligations.some((o) => /confirm or deny/.test(o)));
  });

  it('says to verify identity when the requester is unknown', () => {
    const d = decideDisclosure(facts({ recipient: 'unknown', purpose: 'care_coordination' }));
    assert.equal(d.outcome, 'denied');
    assert.ok(d.obligations.some((o) => /164\.514\(h\)/.test(o)));
  });
});
