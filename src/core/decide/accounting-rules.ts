import type { Outcome } from './decision.ts';
import type { Purpose, Recipient } from './facts.ts';

/**
 * Which accounting of disclosures must list a disclosure (disclosure-rules.md §4). Every
 * outbound disclosure is logged; these rules only decide what the participant's accounting shows.
 * HIPAA (45 CFR 164.528): 6 years back, minus the exempt kinds. Part 2 (42 CFR 2.25): 3 years
 * back, every disclosure made with consent, and TPO disclosures made through this record system.
 */
export const HIPAA_LOOKBACK_YEARS = 6;
export const PART2_LOOKBACK_YEARS = 3;

/** What the rules need to know about one disclosure. */
export interface AccountableDisclosure {
  readonly outcome: Outcome;
  readonly purpose: Purpose;
  readonly recipient: Recipient;
  readonly includesPart2: boolean;
  /** Made on a supervisor's override of a denied or escalated decision. */
  readonly overridden: boolean;
}

export interface Accountability {
  readonly hipaa: boolean;
  readonly part2: boolean;
  /** Why HIPAA's accounting leaves it out (null when it is listed). */
  readonly hipaaExemption: string | null;
}

// Treatment, payment and health care operations (164.506; 164.528(a)(1)(i); 2.25(b)).
const TPO: ReadonlySet<Purpose> = new Set(['treatment', 'care_coordination', 'payment', 'supervision', 'consultation']);
// Persons involved in care and notification (164.510(b); 164.528(a)(1)(v)).
const INVOLVEMENT: ReadonlySet<Purpose> = new Set(['notify_family_emergency', 'family_inquiry', 'family_involvement', 'encourage_engagement']);

/**
 * The HIPAA exemption that applies, if any, in the order of 164.528(a)(1). A disclosure made on
 * an override is never exempt: the engine found no ground, so the privacy officer must see it
 * (an impermissible disclosure is accountable).
 */
function hipaaExemption(d: AccountableDisclosure): string | null {
  if (d.overridden) return null;
  if (d.outcome === 'deidentified_only') return 'de-identified information is not protected health information (45 CFR 164.514(a))';
  if (TPO.has(d.purpose)) return 'treatment, payment or health care operations (45 CFR 164.528(a)(1)(i))';
  if (d.recipient === 'participant' || d.purpose === 'participant_access') return 'to the participant (45 CFR 164.528(a)(1)(ii))';
  if (d.outcome === 'permitted_with_consent') return 'made under the participant’s written authorization (45 CFR 164.528(a)(1)(iv))';
  if (INVOLVEMENT.has(d.purpose) && (d.recipient === 'family' || d.recipient === 'parent_or_guardian')) {
    return 'to people involved in the participant’s care, or a notification (45 CFR 164.528(a)(1)(v))';
  }
  return null;
}

/** Whether HIPAA's and Part 2's accountings must list this disclosure. */
export function accountability(d: AccountableDisclosure): Accountability {
  const exemption = hipaaExemption(d);
  const part2 = d.includesPart2 && (d.outcome === 'permitted_with_consent' || TPO.has(d.purpose));
  return { hipaa: exemption === null, part2, hipaaExemption: exemption };
}

/** The first day each lookback covers for an accounting requested on `asOf`. */
export function lookbackStarts(asOf: Date): { readonly hipaa: Date; readonly part2: Date } {
  const back = (years: number) => {
    const d = new Date(asOf);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    return d;
  };
  return { hipaa: back(HIPAA_LOOKBACK_YEARS), part2: back(PART2_LOOKBACK_YEARS) };
}
