import type { Purpose } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { INSIDE_PROGRAM } from '../vocabulary.ts';

/**
 * Purposes that are not the program's own treatment or operations even inside the team:
 * gossip and public posting, fundraising (45 CFR 164.514(f)) and research (164.512(i)).
 */
const NOT_OPERATIONS: ReadonlySet<Purpose> = new Set([
  'casual_conversation',
  'social_media',
  'reputation_defense',
  'fundraising',
  'research',
]);

/**
 * G1 — Internal use: care team, supervision, performance review. Sharing inside the participant's
 * own program with a job need is a use, not a disclosure (45 CFR 164.506(c)(1), health care
 * operations in 164.501; for Part 2, communications within the program, 42 CFR 2.12(c)(3)).
 * It comes first because telling a supervisor is also how every hard case is escalated.
 */
export const internalUse: Ground = {
  id: 'G1',
  title: 'Internal use: care team, supervision, performance review',
  step: 'not_a_disclosure',
  appliesTo: (f) => INSIDE_PROGRAM.has(f.recipient) && !NOT_OPERATIONS.has(f.purpose),
  outcomes: [
    {
      case: 'shared within the program on a need-to-know basis',
      outcome: 'permitted_exception',
      basis: [
        '45 CFR 164.506(c)(1)',
        '45 CFR 164.501 (health care operations)',
        '45 CFR 164.514(d)(2)',
        '42 CFR 2.12(c)(3)',
      ],
      explanation:
        'This stays inside your own program: your care team and supervisor may see what they need for their job (treatment, supervision, reviewing your work). It is not a disclosure to an outsider, so no release is needed.',
      obligations: [
        'Share only what this person needs for their role (role-based access, minimum necessary for anything other than treatment).',
        'Psychotherapy notes and SUD counselling notes stay with their author.',
        OBLIGATION.auditTrail,
      ],
    },
  ],
};
