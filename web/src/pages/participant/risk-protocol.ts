import { safetyApi } from '../safety/safety-api.ts';
import type { RiskScan } from './risk-api.ts';

/**
 * The safety event a just-saved note belongs to. Saving a note that reads as high or imminent
 * danger opens an event linked to the note's finding (or joins the participant's open one), so
 * that is the one to continue. Should the save not have opened one — the check and the save
 * disagreeing — the peer's click is taken as their own report, so the click is never lost.
 */
export async function safetyEventForSavedNote(participantId: string, scan: RiskScan, sessionDate: string): Promise<string> {
  const events = await safetyApi.events(participantId);
  const open = events.find((e) => e.status !== 'closed');
  if (open) return open.id;
  const reported = await safetyApi.report(participantId, {
    urgency: scan.level === 'imminent' ? 'imminent' : 'high',
    categories: [...scan.categories],
    report: `Started from the risk check of the note for the session of ${sessionDate}.`,
  });
  return reported.id;
}
