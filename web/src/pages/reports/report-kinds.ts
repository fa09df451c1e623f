import type { Role } from '../../api/types.ts';

/**
 * The printable reports of one participant's record, and which roles may open each one. The roles
 * mirror core/access/policy.ts (the server decides; this only avoids offering a report that would
 * be refused): the accounting is `accounting.read` (care staff and the privacy officer), the access
 * report `participant.access_report` (privacy officer), consents and the limits statement
 * `consent.read` (care staff).
 */
export type ReportKind = 'accounting' | 'access' | 'consents' | 'limits';

export interface ReportInfo {
  readonly kind: ReportKind;
  readonly title: string;
  readonly summary: string;
  readonly roles: readonly Role[];
}

const CARE: readonly Role[] = ['peer_specialist', 'supervisor'];

export const REPORTS: readonly ReportInfo[] = [
  {
    kind: 'accounting',
    title: 'Accounting of disclosures',
    summary: 'What was shared from the record, with whom, when and why: the list the participant has a right to ask for.',
    roles: [...CARE, 'privacy_officer'],
  },
  {
    kind: 'access',
    title: 'Access report',
    summary: 'Who opened or changed the record, when, and for what purpose.',
    roles: ['privacy_officer'],
  },
  {
    kind: 'consents',
    title: 'Consents on file',
    summary: 'Every release of information the participant signed, with what it covers, until when, and whether it was taken back.',
    roles: CARE,
  },
  {
    kind: 'limits',
    title: 'Limits of confidentiality',
    summary: 'The statement of what stays private and when the program might have to share, and which version the participant signed.',
    roles: CARE,
  },
];

export function reportsFor(role: Role): readonly ReportInfo[] {
  return REPORTS.filter((r) => r.roles.includes(role));
}
