import { formatDate } from '../format.ts';
import type { PolicyProfileInput, PolicyProfileView } from './policy-api.ts';

/** The policy profile in words: each value, and what it changes in PeerKeep's answers. */

export type ReporterRole = PolicyProfileInput['mandatedReporters']['childAbuse'][number];
export type DutySource = PolicyProfileInput['mandatedReporters']['sources'][number];
export type Duty = NonNullable<PolicyProfileInput['dutyToWarn']>;

export const REPORTER_ROLES: Readonly<Record<ReporterRole, string>> = {
  peer_specialist: 'Peer specialists',
  supervisor: 'Supervisors',
  licensed_clinician: 'Licensed clinicians',
  privacy_officer: 'Privacy officers',
  administrator: 'Administrators',
};

export const DUTY_SOURCES: Readonly<Record<DutySource, string>> = {
  state_statute: 'State law names them',
  employer_policy: 'Our program’s own policy',
  certification_code: 'Their certification’s code of ethics',
};

export const DUTY_WORDS: Readonly<Record<Duty | 'table', { label: string; effect: string }>> = {
  table: {
    label: 'As PeerKeep’s table of state laws says for the chosen state',
    effect: 'PeerKeep uses its table of state duty-to-warn laws (2014 survey). Choose a type here once you have checked your state’s current law.',
  },
  mandatory: {
    label: 'Mandatory: the law requires warning or protecting',
    effect: 'When a licensed clinician of the program heard a serious threat against someone, “May I share this?” says a warning must be made (for Part 2 records it goes to the supervisor instead).',
  },
  permissive: {
    label: 'Permissive: the law allows warning, without requiring it',
    effect: 'A serious threat against someone may be shared to protect them; no warning is required by state law.',
  },
  none: {
    label: 'None: the state has no duty-to-warn law',
    effect: 'A threat is not by itself a ground to share under state law; the federal serious-and-imminent-threat rules still apply.',
  },
};

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const list = (items: readonly string[], words: Readonly<Record<string, string>>, none: string) => (items.length ? items.map((i) => words[i] ?? i).join(', ') : none);

/** One line of the profile: the question, the answer, and what the answer changes. */
export interface ProfileLine {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly effect: string;
}

/** The profile as lines, for showing it and for saying what a new version changes. */
export function profileLines(p: PolicyProfileInput | PolicyProfileView): ProfileLine[] {
  const duty = DUTY_WORDS[(p.dutyToWarn as Duty | null) ?? 'table'];
  const peersReport = p.mandatedReporters.childAbuse.includes('peer_specialist') || p.mandatedReporters.adultAbuse.includes('peer_specialist');
  return [
    {
      key: 'state',
      label: 'State whose law applies',
      value: p.state ? (US_STATES[p.state] ?? p.state) : 'None chosen',
      effect: p.state
        ? 'Adds this state’s rules where they are stricter than federal law (its duty to warn, abuse reporting) to every “May I share this?” answer.'
        : 'Only federal rules (HIPAA, and Part 2 when it applies) are used; state duties are not known to PeerKeep.',
    },
    {
      key: 'part2Program',
      label: 'Substance use disorder program under 42 CFR Part 2',
      value: p.part2Program ? 'Yes' : 'No',
      effect: p.part2Program
        ? 'Consents must carry the Part 2 elements and the redisclosure notice, a state law cannot force a disclosure, and the accounting lists consented disclosures for 3 years.'
        : 'Consents and decisions follow HIPAA and state law only.',
    },
    {
      key: 'hipaaCoveredEntity',
      label: 'HIPAA covered entity',
      value: p.hipaaCoveredEntity ? 'Yes' : 'No',
      effect: 'Recorded for audits. PeerKeep applies HIPAA as the baseline either way, so this does not change any answer.',
    },
    { key: 'dutyToWarn', label: 'Duty to warn or protect', value: duty.label, effect: duty.effect },
    {
      key: 'childAbuse',
      label: 'Must report child abuse',
      value: list(p.mandatedReporters.childAbuse, REPORTER_ROLES, 'No one named'),
      effect: peersReport ? 'Peer specialists are named, so a peer’s abuse report is treated as required.' : 'Peer specialists are not named: a peer’s report is still allowed and goes to the supervisor (unless the state makes everyone a reporter).',
    },
    {
      key: 'adultAbuse',
      label: 'Must report abuse of vulnerable adults',
      value: list(p.mandatedReporters.adultAbuse, REPORTER_ROLES, 'No one named'),
      effect: 'Named together with child abuse above: naming peer specialists for either makes them reporters.',
    },
    {
      key: 'sources',
      label: 'Why they must report',
      value: list(p.mandatedReporters.sources, DUTY_SOURCES, 'Not recorded'),
      effect: 'Shown with each reporting decision, so staff know where the duty comes from.',
    },
    {
      key: 'crisisNumbers',
      label: 'Local crisis numbers',
      value: p.crisisNumbers.length ? p.crisisNumbers.map((c) => `${c.label}: ${c.number}`).join('; ') : 'None added',
      effect: 'Offered one tap away in the safety protocol. 988 and 911 are always offered as well.',
    },
    {
      key: 'reviewedOn',
      label: 'Legal content last reviewed',
      value: p.reviewedOn ? formatDate(p.reviewedOn) : 'Not recorded',
      effect: 'When the privacy officer last checked these answers against the law.',
    },
  ];
}
