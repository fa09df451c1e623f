import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';

/**
 * G13 — Oversight and audit by a payer: health oversight (Medicaid auditors) is permitted
 * (45 CFR 164.512(d)); for Part 2 records, audit and evaluation by payers' qualified personnel
 * who agree in writing to limit redisclosure (42 CFR 2.53). The privacy officer handles it.
 * Funders' grant reports are not audits: they get de-identified information (G12).
 */
export const payerAudit: Ground = {
  id: 'G13-audit',
  title: 'Audit or oversight by a health plan or public payer',
  step: 'consultation_oversight_public',
  appliesTo: (f) => f.recipient === 'health_plan' && f.purpose === 'program_reporting',
  outcomes: [
    {
      case: 'audit by a payer',
      outcome: 'permitted_exception',
      basis: (f) => (f.program.part2 ? ['42 CFR 2.53', '45 CFR 164.512(d)'] : ['45 CFR 164.512(d)', '45 CFR 164.514(h)']),
      explanation:
        'An audit or oversight review by a health plan or public payer is allowed without consent, but it goes through the privacy officer, who verifies the auditor and limits what is given.',
      obligations: [
        OBLIGATION.privacyOfficerDecides,
        OBLIGATION.verifyIdentity,
        'For Part 2 records, the auditor must agree in writing not to redisclose and not to use the records against the participant (42 CFR 2.53).',
        OBLIGATION.accounting,
      ],
    },
  ],
};
