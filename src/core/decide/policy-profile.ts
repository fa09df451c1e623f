import { dutyToWarnFor } from './duty-to-warn-states.ts';
import type { DutyToWarn, ProgramFacts } from './facts.ts';

/** Staff roles a policy can name as mandated reporters. */
export type StaffRole = 'peer_specialist' | 'supervisor' | 'licensed_clinician' | 'privacy_officer' | 'administrator';

/** Why a role is a mandated reporter (disclosure-rules.md §8: statute OR policy OR credential code). */
export type ReporterDutySource = 'state_statute' | 'employer_policy' | 'certification_code';

/** A local crisis line or service shown in the safety protocol. */
export interface CrisisContact {
  readonly label: string;
  /** Phone number or short code as dialled, e.g. `988`, `911`, `+1 555 010 0100`. */
  readonly number: string;
}

/**
 * The organization's policy profile (disclosure-rules.md §0.1): set by the privacy officer,
 * versioned, and shown with every decision so anyone can see which policy a decision used.
 */
export interface PolicyProfile {
  /** Increases by one on every change; decisions store the version they used. */
  readonly version: number;
  /** Two-letter US state code whose law applies, or null when none is set. */
  readonly state: string | null;
  /** Federally assisted SUD program covered by 42 CFR Part 2 (2.11, 2.12). */
  readonly part2Program: boolean;
  /** HIPAA covered entity; HIPAA is applied as the baseline policy either way. */
  readonly hipaaCoveredEntity: boolean;
  /** The state's duty-to-warn type as reviewed by the privacy officer; null = use the state table. */
  readonly dutyToWarn: DutyToWarn | null;
  /** Who must report child and vulnerable-adult abuse, and why. */
  readonly mandatedReporters: {
    readonly childAbuse: readonly StaffRole[];
    readonly adultAbuse: readonly StaffRole[];
    readonly sources: readonly ReporterDutySource[];
  };
  /** Local crisis numbers for the safety protocol (988 and 911 are always offered). */
  readonly crisisNumbers: readonly CrisisContact[];
  /** When the profile's legal content was last reviewed (YYYY-MM-DD). */
  readonly reviewedOn?: string;
}

/** What only the moment can tell, added to the profile to build the facts' `program`. */
export interface ProgramCircumstances {
  /** A licensed clinician of the program directly heard the threat. */
  readonly licensedClinicianWitnessed?: boolean;
}

/**
 * Derives the `program` part of DisclosureFacts from a stored profile. The peer counts as a
 * mandated reporter when the profile names peer specialists for child or adult abuse; the
 * duty-to-warn type falls back to the state table when the profile leaves it open.
 */
export function programFactsFromProfile(profile: PolicyProfile, circumstances: ProgramCircumstances = {}): ProgramFacts {
  const { childAbuse, adultAbuse } = profile.mandatedReporters;
  return {
    part2: profile.part2Program,
    state: profile.state,
    duty_to_warn: dutyToWarnFor(profile.dutyToWarn, profile.state),
    peer_mandated_reporter: childAbuse.includes('peer_specialist') || adultAbuse.includes('peer_specialist'),
    licensed_clinician_witnessed: circumstances.licensedClinicianWitnessed ?? false,
  };
}
