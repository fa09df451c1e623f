import { randomUUID } from 'node:crypto';
import type { ScanResult } from '../../contract/safety.ts';
import { detectRisk } from '../../core/risk/detect-risk.ts';
import { LEXICON_VERSION } from '../../core/risk/lexicon.ts';
import { isAlertLevel } from '../../core/risk/levels.ts';
import { riskAssertionRuleSet } from '../../core/risk/rules.ts';
import type { RiskResult } from '../../core/risk/types.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, runAsActor } from '../access/enforce.ts';
import { seal } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import type { RecordPorts } from './ports.ts';
import { openEventForFinding } from './safety-events.ts';

/** Stored with each finding, so a reviewer knows which lexicon and rules produced it. */
export const DETECTOR_VERSION = `${LEXICON_VERSION}+${riskAssertionRuleSet.version}`;

/** Where the scanned text came from. */
export type ScannedText = { readonly kind: 'note'; readonly noteId: string; readonly version: number } | { readonly kind: 'message'; readonly messageId: string };

/** What saving a text found, for the caller's answer. */
export interface StoredScan {
  readonly level: RiskResult['level'];
  readonly alert: boolean;
  readonly findings: number;
  /** The safety event the text opened or joined, when a finding reached high or imminent. */
  readonly safetyEventId: string | null;
}

/**
 * Scans a note version or a logged message inside the caller's transaction, so the text and its
 * findings commit together. Every finding is stored, discounted ones too (negated, historical,
 * someone else's): they are the audit trail of what was not raised. The evidence is sealed under
 * the participant's key. A finding at high or imminent opens a safety event — a prompt to a human,
 * never a report to anyone outside PeerKeep.
 */
export async function scanAndStore(tx: Tx, ports: RecordPorts, ctx: RequestContext, participantId: string, source: ScannedText, text: string): Promise<StoredScan> {
  const result = detectRisk(text);
  if (result.findings.length === 0) return { level: result.level, alert: false, findings: 0, safetyEventId: null };
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
  const rows = result.findings.map((f) => {
    const id = randomUUID();
    return {
      id,
      org_id: ctx.actor.orgId,
      participant_id: participantId,
      note_id: source.kind === 'note' ? source.noteId : null,
      note_version: source.kind === 'note' ? source.version : null,
      message_id: source.kind === 'message' ? source.messageId : null,
      category: f.category,
      level: f.level,
      negated: f.modifiers.negated,
      historical: f.modifiers.historical,
      hypothetical: f.modifiers.hypothetical,
      experiencer: f.modifiers.experiencer,
      material: f.modifiers.material,
      cues: JSON.stringify(f.cues),
      start_at: f.start,
      end_at: f.end,
      evidence_enc: seal(key, Buffer.from(f.text, 'utf8'), sealedAt.findingEvidence(id)),
      detector_version: DETECTOR_VERSION,
    };
  });
  await tx.insertInto('risk_findings').values(rows).execute();
  // The detector's overall verdict decides whether to alert (it weighs the modifiers, lowering
  // rather than dropping). The event points at the finding behind it: one that stands as said,
  // now, by the participant; failing that, any finding at an alert level.
  const atAlert = result.findings.map((f, i) => ({ f, id: rows[i]!.id })).filter(({ f }) => isAlertLevel(f.level));
  const standing = atAlert.filter(({ f }) => !f.modifiers.negated && !f.modifiers.historical && !f.modifiers.hypothetical && !f.modifiers.material && f.modifiers.experiencer === 'participant');
  const alerting = standing.length > 0 ? standing : atAlert;
  let safetyEventId: string | null = null;
  if (result.alert && alerting.length > 0) {
    const top = alerting.reduce((a, b) => (b.f.level === 'imminent' && a.f.level !== 'imminent' ? b : a));
    const urgency = result.level === 'imminent' ? 'imminent' : 'high';
    safetyEventId = await openEventForFinding(tx, ports, ctx, participantId, top.id, urgency, [...result.categories]);
  }
  await auditByActor(tx, ctx, {
    action: 'risk.scan_stored',
    outcome: 'succeeded',
    participantId,
    resourceType: source.kind,
    resourceId: source.kind === 'note' ? source.noteId : source.messageId,
    detail: { findings: rows.length, level: result.level, alert: result.alert, safetyEventId, detector: DETECTOR_VERSION },
  });
  return { level: result.level, alert: result.alert, findings: rows.length, safetyEventId };
}

/**
 * Scans a text on demand (the editor's live check) and answers without storing anything: the text
 * is not logged and not kept, only the fact that a scan was asked for.
 */
export function scanText(ports: RecordPorts, ctx: RequestContext, text: string): Promise<ScanResult> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'risk.scan', { type: 'risk_scan', id: null });
    const r = detectRisk(text);
    return {
      level: r.level,
      alert: r.alert,
      categories: [...r.categories],
      findings: r.findings.map((f) => ({ category: f.category, level: f.level, start: f.start, end: f.end, text: f.text, cues: [...f.cues], modifiers: { ...f.modifiers } })),
      detectorVersion: DETECTOR_VERSION,
    };
  });
}
