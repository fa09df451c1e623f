import type { Purpose } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { FAMILY } from '../vocabulary.ts';

/** Family purposes that best-interest judgment can serve when the participant cannot speak. */
const BEST_INTEREST_PURPOSES: ReadonlySet<Purpose> = new Set([
  'notify_family_emergency',
  'family_inquiry',
  'family_involvement',
  'medical_emergency',
]);

/**
 * G9 — Family, friends and others involved in care (45 CFR 164.510(b)). With the participant
 * present and agreeing: what is directly relevant ((b)(2)). Incapacitated: location, general
 * condition and what is directly relevant, in their best interest ((b)(1)(ii), (b)(3)). Absent:
 * nothing. Part 2 has no family exception at all: written consent (42 CFR 2.31), and not even
 * acknowledging presence at the facility (2.13(c)); that also covers notifying family after an
 * overdose, since family are not medical personnel (2.51).
 */
export const family: Ground = {
  id: 'G9',
  title: 'Family and others involved in care',
  step: 'family',
  appliesTo: (f) => FAMILY.has(f.recipient),
  outcomes: [
    {
      case: 'Part 2 record: no family exception',
      when: (f) => f.program.part2,
      outcome: 'denied',
      basis: ['42 CFR 2.13(c)(1)', '42 CFR 2.13(c)(2)', '42 CFR 2.31', '42 CFR 2.51 (family are not medical personnel)'],
      explanation:
        'These are Part 2 (substance use) records: family may be told nothing, not even that the person is here or comes here, without the participant’s written consent. Answer in a way that reveals nothing ("I can’t confirm or deny who receives services here"), listen if they want to talk, and offer to pass on a message. If the participant wants family involved, help them sign a Part 2 consent.',
      obligations: [OBLIGATION.doNotConfirm, 'Offer to take a message without saying whether it can be delivered.', 'Ask the participant, when you can, whether they want to sign a consent for family.', OBLIGATION.recordDecision],
    },
    {
      case: 'participant present, able and agrees',
      when: (f) => f.participant.present_and_agrees === true,
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.510(b)(1)(i)', '45 CFR 164.510(b)(2)'],
      explanation:
        'The participant is here, able to decide, and agrees, so you may share with this family member what is directly relevant to their involvement in the participant’s care. Let the participant lead on what is said.',
      obligations: ['Share only what is directly relevant to this person’s involvement in care.', 'Note in the record that the participant agreed, and when.'],
    },
    {
      case: 'participant incapacitated: notification in their best interest',
      when: (f) => f.participant.incapacitated === true && BEST_INTEREST_PURPOSES.has(f.purpose),
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.510(b)(1)(ii)', '45 CFR 164.510(b)(3)'],
      explanation:
        'The participant cannot agree or object right now. If it is in their best interest, you may tell a family member where they are and their general condition, and nothing more.',
      obligations: [
        'Share only location, general condition, and what is directly relevant to this person’s involvement; no history or session content.',
        OBLIGATION.notifySupervisor,
        'Tell the participant what was shared once they are able to hear it.',
        OBLIGATION.recordDecision,
      ],
    },
    {
      case: 'telling family to push engagement',
      when: (f) => f.purpose === 'encourage_engagement',
      outcome: 'denied',
      basis: ['45 CFR 164.502(a)', '45 CFR 164.510(b)', 'NAPS National Practice Guidelines (peer support is voluntary)'],
      explanation:
        'Wanting the participant to come more often is not a reason to tell their family anything. Peer support is voluntary: talk with the participant directly about what they want, and support them if they choose to involve family.',
      obligations: [OBLIGATION.doNotConfirm, 'Raise the concern with the participant directly.', OBLIGATION.recordDecision],
    },
    {
      case: 'participant absent or has not agreed',
      outcome: 'denied',
      basis: ['45 CFR 164.510(b)', '45 CFR 164.502(a)', '45 CFR 164.508(a)(1)'],
      explanation:
        'The participant is an adult who is not here to agree, so family may not be told anything about them, not even that they come here. You may listen to what the relative wants to say. Ask the participant whether they want this person involved, and if so, get their agreement or a signed release.',
      obligations: [OBLIGATION.doNotConfirm, 'Listening is fine; offer to take a message.', 'Ask the participant whether they want this person involved.', OBLIGATION.recordDecision],
    },
  ],
};
