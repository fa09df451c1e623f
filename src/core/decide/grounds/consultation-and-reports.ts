import type { Purpose } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { INSIDE_PROGRAM } from '../vocabulary.ts';

/** Purposes a de-identified account fully serves: learning, advice, reporting, telling stories. */
const DEIDENTIFIABLE_PURPOSES: ReadonlySet<Purpose> = new Set([
  'consultation',
  'supervision',
  'education_or_training',
  'program_reporting',
  'fundraising',
]);

/**
 * G12 and G13 — Consultation outside the care team (other agencies, peer lists, classes,
 * conferences, friends), funders, grant reports, newsletters and success stories: the purpose is
 * served by a de-identified account (45 CFR 164.514(b)(2)). Provider-to-provider consultation
 * would be "treatment" under HIPAA, but Part 2 has no such exception and peer ethics and small
 * communities favour de-identification. Fundraising beyond basic facts needs a specific
 * authorization (164.514(f), 164.508(a)(3)), which the consent ground answers first.
 */
export const deidentifiedPurposes: Ground = {
  id: 'G12',
  title: 'Consultation, training, reports and stories outside the program',
  step: 'consultation_oversight_public',
  appliesTo: (f) => DEIDENTIFIABLE_PURPOSES.has(f.purpose) && !INSIDE_PROGRAM.has(f.recipient) && f.recipient !== 'participant',
  outcomes: [
    {
      case: 'the purpose can be met without identifying anyone',
      outcome: 'deidentified_only',
      basis: ['45 CFR 164.514(b)(2)', '45 CFR 164.502(d)(2)', '45 CFR 164.514(b)(2)(ii)'],
      explanation:
        'Outside your program, this can only be shared in a form that does not identify the participant. Tell the situation without the name, places, dates, employer or any unusual detail that could point to them.',
      obligations: [OBLIGATION.deidentify, OBLIGATION.actualKnowledge, 'If you need to share identifiable details, the participant must sign a specific release first.'],
    },
  ],
};

/**
 * G13 — Research needs an authorization or an IRB/privacy-board waiver (45 CFR 164.508,
 * 164.512(i)); Part 2 research disclosures have their own conditions (42 CFR 2.52). A privacy
 * officer decides.
 */
export const research: Ground = {
  id: 'G13',
  title: 'Research',
  step: 'consultation_oversight_public',
  appliesTo: (f) => f.purpose === 'research' || f.recipient === 'researcher',
  outcomes: [
    {
      case: 'research use',
      outcome: 'escalate',
      basis: ['45 CFR 164.512(i)', '45 CFR 164.508', '42 CFR 2.52'],
      explanation:
        'Research with participant information needs the participant’s signed authorization or an approved waiver from an ethics board. The privacy officer decides; share nothing until they do.',
      obligations: [OBLIGATION.privacyOfficerDecides, 'De-identified data may be enough: ask the privacy officer.'],
    },
  ],
};
