import type { Ground } from './ground.ts';
import { abuseFollowUp } from './grounds/abuse-follow-up.ts';
import { adultAbuseReport, domesticViolenceReport } from './grounds/adult-abuse-report.ts';
import { childAbuseReport } from './grounds/child-abuse-report.ts';
import { deidentifiedPurposes, research } from './grounds/consultation-and-reports.ts';
import { crimeOnPremises } from './grounds/crime-on-premises.ts';
import { deidentifiedInformation } from './grounds/de-identified.ts';
import { defaultDeny } from './grounds/default-deny.ts';
import { dutyToProtect } from './grounds/duty-to-protect.ts';
import { family } from './grounds/family.ts';
import { internalUse } from './grounds/internal-use.ts';
import { lawEnforcementInquiry } from './grounds/law-enforcement-inquiry.ts';
import { legalProcess } from './grounds/legal-process.ts';
import { medicalEmergency } from './grounds/medical-emergency.ts';
import { personalRepresentatives } from './grounds/personal-representatives.ts';
import { nonImminentRisk } from './grounds/non-imminent-risk.ts';
import { payerAudit } from './grounds/oversight.ts';
import { participantAccess } from './grounds/participant-access.ts';
import { payment } from './grounds/payment.ts';
import { seriousThreat } from './grounds/serious-threat.ts';
import { writtenConsent } from './grounds/written-consent.ts';

/**
 * The grounds in the order the engine asks them (disclosure-rules.md §0.4). The first ground that
 * answers decides; each ground lists its own outcomes strictest first (Part 2 before HIPAA).
 * Where this list departs from the plain step order, the comment says why.
 */
export const EVALUATION_ORDER: readonly Ground[] = [
  // 1. Is it a disclosure at all?
  internalUse,
  deidentifiedInformation,
  // 2. Life safety.
  medicalEmergency,
  crimeOnPremises, // Part 2's only threat-related exception: asked before the threat rule escalates.
  dutyToProtect, // a mandatory state duty turns a permitted warning into a required one.
  seriousThreat,
  // 3. Required reports.
  childAbuseReport,
  adultAbuseReport,
  domesticViolenceReport, // before the non-imminent review: a competent adult decides about DV reports.
  nonImminentRisk, // G2 "not triggered": risk that is not imminent goes to clinical review.
  // 4. Legal process and law enforcement.
  legalProcess,
  lawEnforcementInquiry,
  // 5. Consent.
  writtenConsent,
  abuseFollowUp, // after legal process and consent: either can open what the report exception keeps closed.
  payment,
  // 6. Family, personal representatives, minors.
  personalRepresentatives,
  family,
  // 7. Participant rights.
  participantAccess,
  // 8. Consultation, oversight, research, public.
  research,
  payerAudit, // before the de-identified purposes: an audit is not a grant report.
  deidentifiedPurposes,
  // 9. Default deny (always answers).
  defaultDeny,
];
