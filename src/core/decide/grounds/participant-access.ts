import type { Ground } from '../ground.ts';

/**
 * G11 — The participant's own information. Access is a right and a required disclosure
 * (45 CFR 164.524, 164.502(a)(2)(i)); Part 2 does not restrict a patient's own access (42 CFR 2.23).
 */
export const participantAccess: Ground = {
  id: 'G11',
  title: 'The participant’s own access',
  step: 'participant_rights',
  appliesTo: (f) => f.recipient === 'participant',
  outcomes: [
    {
      case: 'the participant asks for their own information',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.524', '45 CFR 164.502(a)(2)(i)', '42 CFR 2.23'],
      explanation:
        'It is the participant’s own information and they have a right to see and get a copy of it. Help them get it.',
      obligations: [
        'Confirm it is really the participant asking (in person, or a known contact).',
        'Provide it within 30 days, in the form they ask for if it can readily be produced; only a reasonable cost-based fee.',
        'Psychotherapy notes and material prepared for a lawsuit are not included; only a licensed professional may deny access on safety grounds, in writing, with review rights.',
        'Do not include other participants’ information (for example from group notes).',
      ],
    },
  ],
};
