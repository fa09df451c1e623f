import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { NEVER_A_REASON } from '../vocabulary.ts';

/**
 * §0.4 step 1 — Information that meets the de-identification standard is not protected health
 * information (45 CFR 164.502(d)(2), 164.514(a)-(b)) and does not identify anyone as a Part 2
 * patient. The answer is "yes, in that form only", which is what `deidentified_only` says.
 */
export const deidentifiedInformation: Ground = {
  id: 'DEID',
  title: 'Information that does not identify the participant',
  step: 'not_a_disclosure',
  appliesTo: (f) => !f.identifiable && !NEVER_A_REASON.has(f.purpose),
  outcomes: [
    {
      case: 'what would be shared already meets Safe Harbor',
      outcome: 'deidentified_only',
      basis: ['45 CFR 164.502(d)(2)', '45 CFR 164.514(a)-(b)'],
      explanation:
        'What you want to share does not identify the participant, so it is not protected information. You may share it in that form only; keep names, places, dates and unusual details out.',
      obligations: [OBLIGATION.deidentify, OBLIGATION.actualKnowledge],
    },
  ],
};
