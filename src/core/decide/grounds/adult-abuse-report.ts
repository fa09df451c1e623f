import type { Recipient } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { mustReportAdultAbuse } from '../mandated-reporting.ts';
import { OBLIGATION } from '../obligations.ts';
import { ABUSE_REPORT_PURPOSES } from '../vocabulary.ts';

/** Authorities that take elder and dependent-adult abuse reports. */
const ADULT_ABUSE_AUTHORITIES: ReadonlySet<Recipient> = new Set(['adult_protective_services', 'law_enforcement']);

/**
 * G5 — Elder and dependent-adult abuse, neglect or exploitation. HIPAA permits a report to the
 * authority only if (i) required by law, (ii) the person agrees, or (iii) a statute authorizes it
 * and professional judgment says it prevents serious harm (45 CFR 164.512(c)(1)). Part 2 has no
 * exception for these reports and a state mandate cannot compel one (42 CFR 2.20).
 */
export const adultAbuseReport: Ground = {
  id: 'G5',
  title: 'Elder or dependent-adult abuse report',
  step: 'required_reports',
  appliesTo: (f) =>
    (f.abuse === 'elder' || f.abuse === 'dependent_adult') &&
    ADULT_ABUSE_AUTHORITIES.has(f.recipient) &&
    ABUSE_REPORT_PURPOSES.has(f.purpose),
  outcomes: [
    {
      case: 'Part 2 record: no adult-abuse exception',
      when: (f) => f.program.part2,
      outcome: 'escalate',
      basis: ['42 CFR 2.20', '42 CFR 2.31', '42 CFR 2.12(c)(6) (child abuse only)'],
      explanation:
        'Part 2 has no exception for elder or dependent-adult abuse reports, and a state reporting law cannot override it. Your supervisor or the privacy officer must decide today how to protect the person: a report that does not reveal substance use treatment, the participant’s written consent, or a court order.',
      obligations: [
        OBLIGATION.notifySupervisor,
        OBLIGATION.supervisorDecides,
        'Any report must not reveal that the participant is in substance use treatment, nor the program’s name.',
        'Write down what you heard and saw, in the person’s words.',
      ],
    },
    {
      case: 'mandated report',
      when: mustReportAdultAbuse,
      outcome: 'required_report',
      basis: ['45 CFR 164.512(a)', '45 CFR 164.512(c)(1)(i)', '45 CFR 164.512(c)(2)', 'State adult protective services reporting statute'],
      explanation: (f) =>
        `${
          f.program.state ? `${f.program.state.toUpperCase()} law` : 'The law'
        } requires this report of suspected ${f.abuse === 'elder' ? 'elder' : 'dependent-adult'} abuse, neglect or exploitation. Report it to adult protective services and share only what the report needs.`,
      obligations: [
        'Report to adult protective services today.',
        'Share only what the law requires for the report (45 CFR 164.512(c)(1)(i)).',
        OBLIGATION.promptlyInformVictim,
        OBLIGATION.notifySupervisor,
        'Write down the agency called, the report number, date and time, and what you reported.',
        OBLIGATION.accounting,
      ],
    },
    {
      case: 'the adult agrees to the report',
      when: (f) => f.participant.present_and_agrees === true,
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.512(c)(1)(ii)'],
      explanation:
        'No law requires this report, but the person agrees to it, so you may report to adult protective services. Share only what the report needs.',
      obligations: [OBLIGATION.minimumNecessary, OBLIGATION.notifySupervisor, OBLIGATION.accounting],
    },
    {
      case: 'not mandated, no agreement: professional judgment',
      outcome: 'escalate',
      basis: ['45 CFR 164.512(c)(1)(iii)', '45 CFR 164.512(c)(2)'],
      explanation:
        'No reporting duty applies and the person has not agreed. A report may still be allowed if a statute authorizes it and it is needed to prevent serious harm, but that is a professional judgment your supervisor must make. Keep supporting the person meanwhile.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.supervisorDecides, 'Write down what you heard and saw, in the person’s words.'],
    },
  ],
};

/**
 * G5 — Domestic violence against the participant as a competent adult: not reportable without
 * their agreement unless a statute requires it (45 CFR 164.512(c)(1)); support safety planning
 * and honour requests for confidential communications (164.522(b)). Imminent danger is handled
 * earlier by G2. Part 2 has no DV exception (42 CFR 2.20).
 */
export const domesticViolenceReport: Ground = {
  id: 'G5-DV',
  title: 'Domestic violence against an adult participant',
  step: 'required_reports',
  appliesTo: (f) => f.abuse === 'domestic_adult' && ADULT_ABUSE_AUTHORITIES.has(f.recipient) && ABUSE_REPORT_PURPOSES.has(f.purpose),
  outcomes: [
    {
      case: 'Part 2 participant is the victim',
      when: (f) => f.program.part2,
      outcome: 'escalate',
      basis: ['42 CFR 2.20', '42 CFR 2.31'],
      explanation:
        'Part 2 has no exception for domestic-violence reports. Your supervisor or the privacy officer must decide with the participant; meanwhile support their safety plan and share nothing outside the program.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.supervisorDecides, 'Help the participant with a safety plan and with contacting a DV advocate if they want.'],
    },
    {
      case: 'a statute requires the report',
      when: (f) => f.legal === 'mandated_report',
      outcome: 'required_report',
      basis: ['45 CFR 164.512(c)(1)(i)', '45 CFR 164.512(a)', '45 CFR 164.512(c)(2)', 'State injury reporting statute'],
      explanation:
        'A state law requires this report, so it must be made, limited to what that law asks for. Tell the participant it is being made unless that would put them in danger.',
      obligations: ['Share only what the law requires.', OBLIGATION.promptlyInformVictim, OBLIGATION.notifySupervisor, OBLIGATION.accounting],
    },
    {
      case: 'the participant agrees to the report',
      when: (f) => f.participant.present_and_agrees === true,
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.512(c)(1)(ii)'],
      explanation:
        'The participant agrees, so you may make the report and share what it needs. Let them lead: it is their safety and their choice.',
      obligations: [OBLIGATION.minimumNecessary, OBLIGATION.notifySupervisor, OBLIGATION.accounting],
    },
    {
      case: 'the participant cannot agree right now',
      when: (f) => f.participant.incapacitated === true,
      outcome: 'escalate',
      basis: ['45 CFR 164.512(c)(1)(iii)(B)'],
      explanation:
        'The participant cannot agree or object right now. A report may be allowed if an official confirms it is needed and will not be used against them, but your supervisor must decide.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.supervisorDecides],
    },
    {
      case: 'competent adult, no agreement, no mandate, not imminent',
      outcome: 'denied',
      basis: ['45 CFR 164.512(c)(1)', '45 CFR 164.522(b)', 'NAPS National Practice Guidelines (person-driven)'],
      explanation:
        'The participant is an adult who can decide, no law requires a report, and the danger is not immediate, so it is their choice whether anyone is told. Do not report without them. Instead, help them make a safety plan, offer DV hotline and advocate contacts, and ask how and where it is safe to reach them.',
      obligations: [
        OBLIGATION.doNotConfirm,
        'Offer safety planning and DV hotline or advocate contacts; honour requests to be contacted at another number or address (45 CFR 164.522(b)).',
        'If the danger becomes immediate, ask again: the serious-threat rule then applies.',
        OBLIGATION.recordDecision,
      ],
    },
  ],
};
