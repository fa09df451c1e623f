import type { KeyService } from '../crypto/key-service.ts';
import type { Tx } from '../db/open-database.ts';
import { NotFoundError } from '../errors.ts';

/** Where each sealed participant value lives; bound into the ciphertext as associated data. */
export const sealedAt = {
  profile: (participantId: string) => `participants:profile:${participantId}`,
  noteBody: (noteId: string, version: number) => `notes:body:${noteId}:v${version}`,
  breakGlassReason: (grantId: string) => `break_glass:reason:${grantId}`,
  breakGlassReviewNote: (grantId: string) => `break_glass:review_note:${grantId}`,
  groupGeneralNote: (sessionId: string) => `group_sessions:general_note:${sessionId}`,
  consultation: (id: string, column: 'reason' | 'original' | 'detected_spans' | 'deidentified') => `consultations:${column}:${id}`,
  consultationRestoration: (id: string) => `consultation_restorations:reason:${id}`,
  consultationReply: (id: string) => `consultation_replies:body:${id}`,
  consultationReidentification: (id: string) => `consultation_reidentifications:reason:${id}`,
  consentRelease: (consentId: string) => `consents:release:${consentId}`,
  consentRevocation: (consentId: string) => `consents:revocation:${consentId}`,
  consentPdf: (consentId: string) => `consent_documents:pdf:${consentId}`,
  acknowledgmentSignature: (ackId: string) => `confidentiality_acknowledgments:signature:${ackId}`,
  decisionInputs: (decisionId: string) => `disclosure_decisions:inputs:${decisionId}`,
  overrideReason: (decisionId: string) => `disclosure_decisions:override_reason:${decisionId}`,
  disclosurePacket: (disclosureId: string) => `disclosures:packet:${disclosureId}`,
  findingEvidence: (findingId: string) => `risk_findings:evidence:${findingId}`,
  messageBody: (messageId: string) => `participant_messages:body:${messageId}`,
  safetyReport: (eventId: string) => `safety_events:report:${eventId}`,
  safetyStepDetails: (stepId: string) => `safety_event_steps:details:${stepId}`,
  safetyPlan: (planId: string) => `safety_plans:plan:${planId}`,
};

/** The participant's data key; an erased participant reads as not found. */
export async function requireDataKey(tx: Tx, keys: KeyService, orgId: string, participantId: string): Promise<Buffer> {
  const key = await keys.participantKey(tx, orgId, participantId);
  if (!key) throw new NotFoundError('participant');
  return key;
}
