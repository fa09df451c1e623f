import type { Purpose } from '../decide/facts.ts';
import type { ConsentCategory } from './categories.ts';

/** A calendar date, `YYYY-MM-DD`. Compared as text, which orders dates correctly. */
export type IsoDate = `${number}-${number}-${number}`;

/** A named person or organization, with how to reach them. */
export interface Party {
  readonly name: string;
  /** Address, phone or e-mail: where the information may be sent. */
  readonly contact?: string;
}

/** Who may receive the information: a person, an organization, or a person at an organization. */
export interface ReleaseRecipient {
  readonly person?: Party;
  readonly organization?: Party;
}

/** When the consent ends: on a date, or when an event happens (e.g. "end of probation"). */
export type ConsentExpiry =
  | { readonly kind: 'date'; readonly on: IsoDate }
  | { readonly kind: 'event'; readonly event: string; /** When staff recorded that it happened. */ readonly occurredAt?: Date | null };

/** The participant's (or representative's) signature: drawn on screen or typed, and dated. */
export interface Signature {
  readonly method: 'drawn' | 'typed';
  readonly signedOn: IsoDate;
  readonly signer: 'participant' | 'representative';
  /** For a representative: the authority they sign under (guardian, health care agent...). */
  readonly representativeAuthority?: string;
  /** The typed name, or a reference to the stored drawing. */
  readonly mark: string;
}

/** A participant's spoken agreement, recorded by staff. It is not a written consent. */
export interface OralAgreement {
  readonly at: Date;
  readonly recordedBy: string;
}

/**
 * A revocation, written or said out loud and recorded by staff. Effective at once for future
 * disclosures (an oral "stop" is honoured as a hold while it is put in writing, G8.1).
 */
export interface Revocation {
  readonly at: Date;
  readonly form: 'written' | 'oral';
  readonly recordedBy: string;
  readonly witness?: string;
  /** Only these categories are withdrawn; absent means the whole consent. */
  readonly categories?: readonly ConsentCategory[];
}

/** A consent given as a condition of a criminal-justice disposition (42 CFR 2.35). */
export interface CriminalJusticeTerms {
  /** Drug court, probation or parole office that referred the participant. */
  readonly referrer: string;
  /** The consent cannot be revoked until this event (e.g. "final disposition of the case"). */
  readonly irrevocableUntil: { readonly event: string; readonly occurredAt?: Date | null };
}

/**
 * A Release of Information (HIPAA authorization, 45 CFR 164.508(c); Part 2 consent, 42 CFR
 * 2.31(a)): who may share what with whom, why, until when, signed and dated, with the required
 * statements. `missingConsentElements` says what an incomplete one lacks.
 */
export interface ReleaseOfInformation {
  readonly participantName: string;
  /** The program or person allowed to disclose. */
  readonly discloser: string;
  readonly recipient: ReleaseRecipient;
  readonly categories: readonly ConsentCategory[];
  /** The purposes, in the engine's vocabulary, that this consent covers. */
  readonly purposes: readonly Purpose[];
  /** The purpose in the participant's words, as printed on the form. */
  readonly purposeDescription: string;
  readonly expiry: ConsentExpiry | null;
  /** Null when nothing was signed (see `oralAgreement`). */
  readonly signature: Signature | null;
  readonly oralAgreement?: OralAgreement;
  /** The statements printed on the form (164.508(c)(2); 2.31(a)(6), (a)(10)). */
  readonly statements: {
    readonly rightToRevoke: boolean;
    readonly conditioning: boolean;
    readonly redisclosure: boolean;
  };
  readonly revocation?: Revocation;
  readonly criminalJustice?: CriminalJusticeTerms;
}
