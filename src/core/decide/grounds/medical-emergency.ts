import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { isImminent, MEDICAL_PERSONNEL } from '../vocabulary.ts';

/**
 * G3 — Medical emergency. Medical personnel may get what they need to meet a bona fide medical
 * emergency when consent cannot be obtained first (42 CFR 2.51(a)); under HIPAA, disclosure to a
 * provider for treatment (45 CFR 164.506(c)(2)). Family, police and employers are not medical
 * personnel, and once the emergency is over later requests need consent or another ground.
 */
export const medicalEmergency: Ground = {
  id: 'G3',
  title: 'Medical emergency',
  step: 'life_safety',
  appliesTo: (f) => f.purpose === 'medical_emergency' && MEDICAL_PERSONNEL.has(f.recipient),
  outcomes: [
    {
      case: 'Part 2 record: emergency disclosure to medical personnel',
      when: (f) => f.program.part2,
      outcome: 'permitted_exception',
      basis: ['42 CFR 2.51(a)(1)', '42 CFR 2.51(c)', '45 CFR 164.506(c)(2)'],
      explanation:
        'This is a medical emergency and there is no time to get written consent, so you may tell the medical responders what they need to treat the person now (for example what was taken and current medications). Tell them only that; the emergency rule covers nothing more and ends when the emergency ends.',
      obligations: [
        OBLIGATION.minimumNecessary,
        'Right afterwards, write in the record: the name and facility of the medical personnel who received it, your name, the date and time, and the nature of the emergency (42 CFR 2.51(c)).',
        OBLIGATION.notifySupervisor,
        OBLIGATION.accounting,
        'Later requests (for example the hospital asking for the history once the emergency is over) need written consent.',
      ],
    },
    {
      case: 'HIPAA record: emergency disclosure to medical personnel',
      outcome: 'permitted_exception',
      basis: (f) => ['45 CFR 164.506(c)(2)', ...(isImminent(f.risk) ? ['45 CFR 164.512(j)(1)(i)'] : [])],
      explanation: (f) =>
        `You may tell the emergency responders or treating clinicians what they need to care for the person right now${
          isImminent(f.risk) ? ', because there is a serious and imminent threat to their life' : ''
        }. Share what helps the treatment, not the whole record.`,
      obligations: [
        OBLIGATION.minimumNecessary,
        OBLIGATION.notifySupervisor,
        'Document the emergency, who you told, when, and what you said.',
        OBLIGATION.accounting,
        OBLIGATION.tellParticipantWhenSafe,
      ],
    },
  ],
};
