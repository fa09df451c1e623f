import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { AcknowledgmentInput, AcknowledgmentView, ConsentEvent, ConsentInput, ConsentView, RevokeConsent, SignatureInput } from '../../contract/consents.ts';
import type { ParticipantProfile } from '../../contract/records.ts';
import { decideParticipantAccess, type Relation } from '../../core/access/policy.ts';
import type { ConsentCategory } from '../../core/consent/categories.ts';
import { missingConsentElements } from '../../core/consent/consent-elements.ts';
import { LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT } from '../../core/consent/limits-of-confidentiality.ts';
import type { ConsentExpiry, IsoDate, ReleaseOfInformation } from '../../core/consent/release-of-information.ts';
import type { Purpose } from '../../core/decide/facts.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { relationTo, requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, openJson, seal, sealJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import type { ConsentsTable } from '../db/tables.ts';
import { consentPdf } from '../documents/consent-pdf.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { displayName } from './participants.ts';
import { currentProfile } from './policy-profile.ts';
import { iso, isoDate, type RecordPorts } from './ports.ts';

/** The sealed part of a consent: the form as signed. */
interface SealedRelease {
  readonly participantName: string;
  readonly discloser: string;
  readonly recipient: ConsentInput['recipient'];
  readonly categories: readonly ConsentCategory[];
  readonly purposes: readonly Purpose[];
  readonly purposeDescription: string;
  readonly expiryEvent: string | null;
  readonly signature: { method: 'drawn' | 'typed'; signedOn: string; signer: 'participant' | 'representative'; representativeAuthority?: string; typedName?: string; image?: string };
  readonly statements: ConsentInput['statements'];
  readonly criminalJustice: { referrer: string; irrevocableUntil: string } | null;
}

interface SealedRevocation {
  readonly witness: string | null;
  readonly categories: readonly ConsentCategory[] | null;
}

type ConsentRow = Selectable<ConsentsTable>;

/** A consent as the rules see it, with the row it came from. */
export interface LoadedConsent {
  readonly row: ConsentRow;
  readonly sealed: SealedRelease;
  readonly revocation: SealedRevocation | null;
  readonly release: ReleaseOfInformation;
}

/** The statements a participant can sign, by version. Only the current wordings are accepted. */
const STATEMENTS = new Map([LIMITS_OF_CONFIDENTIALITY, TELEHEALTH_ACKNOWLEDGMENT].map((s) => [s.version, s]));

/** The participant's sealed profile (their name goes on forms and reports). */
export async function participantProfile(tx: Tx, ports: RecordPorts, orgId: string, participantId: string): Promise<ParticipantProfile> {
  const key = await requireDataKey(tx, ports.keys, orgId, participantId);
  const row = await tx.selectFrom('participants').select('profile_enc').where('id', '=', participantId).executeTakeFirst();
  if (!row?.profile_enc) throw new NotFoundError('participant');
  return openJson<ParticipantProfile>(key, row.profile_enc, sealedAt.profile(participantId));
}

/** A drawn signature needs its image, a typed one the typed name; a representative their authority. */
function checkSignature(s: SignatureInput, field: string): void {
  if (s.method === 'drawn' && !s.image) throw new InvalidInputError(`${field}.image`, 'A drawn signature needs the drawing (a PNG data URL from the signature pad).');
  if (s.method === 'typed' && !s.typedName?.trim()) throw new InvalidInputError(`${field}.typedName`, 'A typed signature needs the name as the signer typed it.');
  if (s.signedOn > new Date().toISOString().slice(0, 10)) throw new InvalidInputError(`${field}.signedOn`, 'The signature date cannot be in the future; use the day it was signed.');
}

function signatureOf(s: SignatureInput): SealedRelease['signature'] {
  return {
    method: s.method,
    signedOn: s.signedOn,
    signer: s.signer ?? 'participant',
    ...(s.representativeAuthority ? { representativeAuthority: s.representativeAuthority } : {}),
    ...(s.typedName ? { typedName: s.typedName } : {}),
    ...(s.image ? { image: s.image } : {}),
  };
}

/** The core's view of a stored consent, ready for `consentCoverage`. */
function toRelease(row: ConsentRow, s: SealedRelease, revocation: SealedRevocation | null): ReleaseOfInformation {
  return {
    participantName: s.participantName,
    discloser: s.discloser,
    recipient: s.recipient,
    categories: s.categories,
    purposes: s.purposes,
    purposeDescription: s.purposeDescription,
    expiry:
      row.expiry_kind === 'date'
        ? { kind: 'date', on: isoDate(row.expires_on ?? '') as IsoDate }
        : { kind: 'event', event: s.expiryEvent ?? '', occurredAt: row.expiry_event_occurred_at },
    signature: {
      method: s.signature.method,
      signedOn: s.signature.signedOn as IsoDate,
      signer: s.signature.signer,
      mark: s.signature.typedName ?? 'drawn signature on file',
      ...(s.signature.representativeAuthority ? { representativeAuthority: s.signature.representativeAuthority } : {}),
    },
    statements: s.statements,
    ...(row.revoked_at && row.revocation_form
      ? {
          revocation: {
            at: row.revoked_at,
            form: row.revocation_form as 'written' | 'oral',
            recordedBy: row.revocation_recorded_by ?? '',
            ...(revocation?.witness ? { witness: revocation.witness } : {}),
            ...(revocation?.categories ? { categories: revocation.categories } : {}),
          },
        }
      : {}),
    ...(s.criminalJustice
      ? { criminalJustice: { referrer: s.criminalJustice.referrer, irrevocableUntil: { event: s.criminalJustice.irrevocableUntil, occurredAt: row.irrevocable_event_occurred_at } } }
      : {}),
  };
}

/** Opens a consent row with the participant's data key. */
export function loadConsent(row: ConsentRow, key: Buffer): LoadedConsent {
  const sealed = openJson<SealedRelease>(key, row.release_enc, sealedAt.consentRelease(row.id));
  const revocation = row.revocation_enc ? openJson<SealedRevocation>(key, row.revocation_enc, sealedAt.consentRevocation(row.id)) : null;
  return { row, sealed, revocation, release: toRelease(row, sealed, revocation) };
}

/** Every consent of a participant, newest first, opened. */
export async function consentsOf(tx: Tx, key: Buffer, participantId: string): Promise<LoadedConsent[]> {
  const rows = await tx.selectFrom('consents').selectAll().where('participant_id', '=', participantId).orderBy('created_at', 'desc').execute();
  return rows.map((r) => loadConsent(r, key));
}

/**
 * Status at `now`, computed at read time so expiry needs no job: revoked (or on hold when a
 * criminal-justice consent waits for its event), expired by date or event, else active.
 */
export function consentStatus(c: LoadedConsent, now: Date): ConsentView['status'] {
  const r = c.row;
  if (r.revoked_at && r.revoked_at.getTime() <= now.getTime() && !c.revocation?.categories) {
    const cjOpen = r.criminal_justice && (!r.irrevocable_event_occurred_at || r.irrevocable_event_occurred_at.getTime() > now.getTime());
    return cjOpen ? 'revocation_on_hold' : 'revoked';
  }
  if (r.expiry_kind === 'date' && r.expires_on && now.toISOString().slice(0, 10) > isoDate(r.expires_on)) return 'expired';
  if (r.expiry_kind === 'event' && r.expiry_event_occurred_at && r.expiry_event_occurred_at.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

function present(c: LoadedConsent, now = new Date()): ConsentView {
  const { row: r, sealed: s } = c;
  return {
    id: r.id,
    participantId: r.participant_id,
    status: consentStatus(c, now),
    part2: r.part2,
    discloser: s.discloser,
    recipient: s.recipient,
    categories: [...s.categories],
    purposes: [...s.purposes],
    purposeDescription: s.purposeDescription,
    expiry: {
      kind: r.expiry_kind,
      on: r.expires_on ? isoDate(r.expires_on) : null,
      event: s.expiryEvent,
      occurredAt: r.expiry_event_occurred_at ? iso(r.expiry_event_occurred_at) : null,
    },
    signature: { method: s.signature.method, signedOn: s.signature.signedOn, signer: s.signature.signer, representativeAuthority: s.signature.representativeAuthority ?? null },
    statements: s.statements,
    criminalJustice: s.criminalJustice
      ? { ...s.criminalJustice, eventOccurredAt: r.irrevocable_event_occurred_at ? iso(r.irrevocable_event_occurred_at) : null }
      : null,
    revocation:
      r.revoked_at && r.revocation_form
        ? { at: iso(r.revoked_at), form: r.revocation_form, witness: c.revocation?.witness ?? null, categories: c.revocation?.categories ? [...c.revocation.categories] : null }
        : null,
    createdBy: r.created_by,
    createdAt: iso(r.created_at),
  };
}

/**
 * Records a signed Release of Information and its printable PDF (sealed with the record). An
 * incomplete consent is refused, naming the first missing element and listing them all; for a
 * Part 2 program every element of 42 CFR 2.31(a) and the redisclosure statement are required.
 */
export function createConsent(ports: RecordPorts, ctx: RequestContext, participantId: string, input: ConsentInput): Promise<ConsentView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consent.write', participantId, { type: 'consent', id });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const { profile } = await currentProfile(tx);
    const org = await tx.selectFrom('organizations').select('name').where('id', '=', ctx.actor.orgId).executeTakeFirstOrThrow();
    if (input.signature) checkSignature(input.signature, 'signature');
    const sealed: SealedRelease = {
      participantName: displayName(await participantProfile(tx, ports, ctx.actor.orgId, participantId)),
      discloser: input.discloser?.trim() ? input.discloser : org.name,
      recipient: input.recipient,
      categories: input.categories,
      purposes: input.purposes,
      purposeDescription: input.purposeDescription,
      expiryEvent: input.expiry?.kind === 'event' ? input.expiry.event : null,
      signature: input.signature ? signatureOf(input.signature) : { method: 'typed', signedOn: '', signer: 'participant' },
      statements: input.statements,
      criminalJustice: input.criminalJustice ?? null,
    };
    const draftExpiry: ConsentExpiry | null = input.expiry
      ? input.expiry.kind === 'date'
        ? { kind: 'date', on: input.expiry.on as IsoDate }
        : { kind: 'event', event: input.expiry.event }
      : null;
    const sig = input.signature;
    const draft: ReleaseOfInformation = {
      participantName: sealed.participantName,
      discloser: sealed.discloser,
      recipient: sealed.recipient,
      categories: sealed.categories,
      purposes: sealed.purposes,
      purposeDescription: sealed.purposeDescription,
      expiry: draftExpiry,
      signature: sig
        ? { method: sig.method, signedOn: sig.signedOn as IsoDate, signer: sig.signer ?? 'participant', mark: sig.typedName ?? sig.image ?? '', ...(sig.representativeAuthority ? { representativeAuthority: sig.representativeAuthority } : {}) }
        : null,
      statements: sealed.statements,
      ...(sealed.criminalJustice ? { criminalJustice: { referrer: sealed.criminalJustice.referrer, irrevocableUntil: { event: sealed.criminalJustice.irrevocableUntil } } } : {}),
    };
    const missing = missingConsentElements(draft, { part2: profile.part2Program });
    const first = missing[0];
    if (first) {
      const list = missing.map((m) => `${m.element.replace(/_/g, ' ')} (${m.citation}): ${m.message}`).join(' ');
      throw new InvalidInputError(first.element, `This consent is incomplete and was not saved. Missing: ${list}`);
    }
    const signature = input.signature!;
    const expiry = input.expiry!;
    await tx
      .insertInto('consents')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: participantId,
        release_enc: sealJson(key, sealed, sealedAt.consentRelease(id)),
        part2: profile.part2Program,
        signed_on: signature.signedOn,
        signature_method: signature.method,
        expiry_kind: expiry.kind,
        expires_on: expiry.kind === 'date' ? expiry.on : null,
        criminal_justice: input.criminalJustice !== undefined,
        created_by: ctx.actor.userId,
      })
      .execute();
    const pdf = await consentPdf({
      consentId: id,
      part2: profile.part2Program,
      participantName: sealed.participantName,
      discloser: sealed.discloser,
      recipient: sealed.recipient,
      categories: sealed.categories,
      purposeDescription: sealed.purposeDescription,
      expiry: expiry.kind === 'date' ? { kind: 'date', on: expiry.on } : { kind: 'event', event: expiry.event },
      criminalJustice: sealed.criminalJustice,
      signature: sealed.signature,
    });
    await tx.insertInto('consent_documents').values({ consent_id: id, org_id: ctx.actor.orgId, participant_id: participantId, pdf_enc: seal(key, pdf, sealedAt.consentPdf(id)) }).execute();
    await auditByActor(tx, ctx, { action: 'consent.create', outcome: 'succeeded', participantId, resourceType: 'consent', resourceId: id, detail: { part2: profile.part2Program, profileVersion: profile.version } });
    const row = await tx.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return present(loadConsent(row, key));
  });
}

/** A participant's consents, newest first, each with its status today. */
export function listConsents(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<ConsentView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consent.read', participantId, { type: 'consent', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    return (await consentsOf(tx, key, participantId)).map((c) => present(c));
  });
}

/** Finds a consent and checks the action on its participant; an unknown id and a denial look alike. */
async function requireConsent(tx: Tx, ports: RecordPorts, ctx: RequestContext, action: 'consent.read' | 'consent.write', consentId: string) {
  const row = await tx.selectFrom('consents').selectAll().where('id', '=', consentId).executeTakeFirst();
  await requireParticipant(tx, ctx, action, row?.participant_id ?? consentId, { type: 'consent', id: consentId });
  if (!row) throw new NotFoundError('consent');
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
  return { row, key };
}

export function getConsent(ports: RecordPorts, ctx: RequestContext, consentId: string): Promise<ConsentView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireConsent(tx, ports, ctx, 'consent.read', consentId);
    return present(loadConsent(row, key));
  });
}

/** The printable form as generated when the consent was saved. */
export function getConsentPdf(ports: RecordPorts, ctx: RequestContext, consentId: string): Promise<Buffer> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireConsent(tx, ports, ctx, 'consent.read', consentId);
    const doc = await tx.selectFrom('consent_documents').select('pdf_enc').where('consent_id', '=', row.id).executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'consent.export_pdf', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'consent', resourceId: row.id });
    return open(key, doc.pdf_enc, sealedAt.consentPdf(row.id));
  });
}

/**
 * Records a revocation, written or oral (an oral one needs a witness). It applies at once to
 * every later disclosure; a criminal-justice consent stays on hold until its event (42 CFR 2.35).
 */
export function revokeConsent(ports: RecordPorts, ctx: RequestContext, consentId: string, input: RevokeConsent): Promise<ConsentView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireConsent(tx, ports, ctx, 'consent.write', consentId);
    if (row.revoked_at) throw new ConflictError('This consent already has a revocation recorded. To share again, record a new consent.');
    if (input.form === 'oral' && !input.witness?.trim()) throw new InvalidInputError('witness', 'An oral revocation needs a witness: name who else heard the participant say it.');
    const at = input.at ? new Date(input.at) : new Date();
    if (at.getTime() > Date.now() + 5 * 60_000) throw new InvalidInputError('at', 'A revocation cannot be dated in the future; use when the participant said or wrote it.');
    const revocation: SealedRevocation = { witness: input.witness ?? null, categories: input.categories ?? null };
    const updated = await tx
      .updateTable('consents')
      .set({ revoked_at: at, revocation_form: input.form, revocation_recorded_by: ctx.actor.userId, revocation_enc: sealJson(key, revocation, sealedAt.consentRevocation(row.id)) })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'consent.revoke', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'consent', resourceId: row.id, detail: { form: input.form, partial: !!input.categories } });
    return present(loadConsent(updated, key));
  });
}

/** Records that the event ending the consent (or ending its irrevocability) has happened. */
export function recordConsentEvent(ports: RecordPorts, ctx: RequestContext, consentId: string, input: ConsentEvent): Promise<ConsentView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireConsent(tx, ports, ctx, 'consent.write', consentId);
    const at = input.occurredAt ? new Date(input.occurredAt) : new Date();
    if (input.which === 'expiry' && row.expiry_kind !== 'event') throw new InvalidInputError('which', 'This consent ends on a date, not an event; it expires by itself.');
    if (input.which === 'irrevocability' && !row.criminal_justice) throw new InvalidInputError('which', 'Only a criminal-justice consent has an event until which it cannot be revoked.');
    const set = input.which === 'expiry' ? { expiry_event_occurred_at: at, expiry_event_recorded_by: ctx.actor.userId } : { irrevocable_event_occurred_at: at };
    const updated = await tx.updateTable('consents').set(set).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'consent.event', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'consent', resourceId: row.id, detail: { which: input.which } });
    return present(loadConsent(updated, key));
  });
}

/** Relations in which the actor may read consents (to filter lists over the caseload). */
const mayReadConsents = (ctx: RequestContext, relation: Relation) => decideParticipantAccess(ctx.actor, 'consent.read', relation).allowed;
const mayReadIdentity = (ctx: RequestContext, relation: Relation) => decideParticipantAccess(ctx.actor, 'participant.read_identity', relation).allowed;

/**
 * Consents ending by date in the next `days` days (30 by default) for the participants the
 * actor works with; a privacy officer sees the whole organization without the recipients.
 */
export function listExpiringConsents(ports: RecordPorts, ctx: RequestContext, days = 30) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'consent.review', { type: 'consent', id: null });
    const today = new Date().toISOString().slice(0, 10);
    const until = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const rows = await tx
      .selectFrom('consents')
      .innerJoin('participants', 'participants.id', 'consents.participant_id')
      .selectAll('consents')
      .where('participants.erased_at', 'is', null)
      .where('consents.expiry_kind', '=', 'date')
      .where('consents.revoked_at', 'is', null)
      .where(sql<boolean>`consents.expires_on BETWEEN ${today}::date AND ${until}::date`)
      .orderBy('consents.expires_on')
      .limit(1000)
      .execute();
    const out = [];
    for (const r of rows) {
      const found = await relationTo(tx, ctx, r.participant_id);
      if (found === 'absent' || !mayReadIdentity(ctx, found.relation)) continue;
      const withRecipient = mayReadConsents(ctx, found.relation);
      if (!withRecipient && ctx.actor.role !== 'privacy_officer') continue;
      const key = await ports.keys.participantKey(tx, ctx.actor.orgId, r.participant_id);
      if (!key) continue;
      const c = loadConsent(r, key);
      const expiresOn = isoDate(r.expires_on ?? today);
      const recipient = [c.sealed.recipient.person?.name, c.sealed.recipient.organization?.name].filter(Boolean).join(' at ');
      out.push({
        consentId: r.id,
        participantId: r.participant_id,
        participantName: c.sealed.participantName,
        expiresOn,
        daysLeft: Math.round((Date.parse(expiresOn) - Date.parse(today)) / 86_400_000),
        recipient: withRecipient ? recipient : null,
      });
    }
    await auditByActor(tx, ctx, { action: 'consent.expiring_list', outcome: 'succeeded', detail: { days, results: out.length } });
    return out;
  });
}

/** Records the participant's signed acknowledgment of a plain-language statement (current version only). */
export function recordAcknowledgment(ports: RecordPorts, ctx: RequestContext, participantId: string, input: AcknowledgmentInput): Promise<AcknowledgmentView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consent.write', participantId, { type: 'acknowledgment', id });
    if (!STATEMENTS.has(input.statementVersion)) {
      throw new InvalidInputError('statementVersion', `Use a current statement: ${[...STATEMENTS.keys()].join(' or ')}. Show the participant that wording before they sign.`);
    }
    checkSignature(input.signature, 'signature');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const row = await tx
      .insertInto('confidentiality_acknowledgments')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: participantId,
        statement_version: input.statementVersion,
        signed_on: input.signature.signedOn,
        signature_method: input.signature.method,
        signature_enc: sealJson(key, signatureOf(input.signature), sealedAt.acknowledgmentSignature(id)),
        recorded_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'acknowledgment.record', outcome: 'succeeded', participantId, resourceType: 'acknowledgment', resourceId: id, detail: { statementVersion: input.statementVersion } });
    return presentAck(row);
  });
}

/** The acknowledgments a participant signed, newest first. */
export function listAcknowledgments(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<AcknowledgmentView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'consent.read', participantId, { type: 'acknowledgment', id: null });
    const rows = await tx.selectFrom('confidentiality_acknowledgments').selectAll().where('participant_id', '=', participantId).orderBy('created_at', 'desc').execute();
    return rows.map(presentAck);
  });
}

/** Participants the actor works with who have not signed the current limits-of-confidentiality statement. */
export function listUnsignedAcknowledgments(ports: RecordPorts, ctx: RequestContext) {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireOrganization(tx, ctx, 'consent.review', { type: 'acknowledgment', id: null });
    const rows = await tx
      .selectFrom('participants')
      .select(['id', 'profile_enc'])
      .where('erased_at', 'is', null)
      .where('profile_enc', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('confidentiality_acknowledgments as a').select('a.id').whereRef('a.participant_id', '=', 'participants.id').where('a.statement_version', '=', LIMITS_OF_CONFIDENTIALITY.version))),
      )
      .orderBy('created_at')
      .limit(1000)
      .execute();
    const out = [];
    for (const r of rows) {
      const found = await relationTo(tx, ctx, r.id);
      if (found === 'absent' || !mayReadIdentity(ctx, found.relation)) continue;
      if (!mayReadConsents(ctx, found.relation) && ctx.actor.role !== 'privacy_officer') continue;
      const key = await ports.keys.participantKey(tx, ctx.actor.orgId, r.id);
      if (!key || !r.profile_enc) continue;
      const last = await tx
        .selectFrom('confidentiality_acknowledgments')
        .select('statement_version')
        .where('participant_id', '=', r.id)
        .where('statement_version', 'like', 'limits-of-confidentiality/%')
        .orderBy('created_at', 'desc')
        .executeTakeFirst();
      out.push({ participantId: r.id, participantName: displayName(openJson<ParticipantProfile>(key, r.profile_enc, sealedAt.profile(r.id))), lastSignedVersion: last?.statement_version ?? null });
    }
    await auditByActor(tx, ctx, { action: 'acknowledgment.unsigned_list', outcome: 'succeeded', detail: { results: out.length } });
    return out;
  });
}

function presentAck(r: { id: string; participant_id: string; statement_version: string; signed_on: Date | string; signature_method: string; recorded_by: string; created_at: Date }): AcknowledgmentView {
  return {
    id: r.id,
    participantId: r.participant_id,
    statementVersion: r.statement_version,
    current: r.statement_version === LIMITS_OF_CONFIDENTIALITY.version || r.statement_version === TELEHEALTH_ACKNOWLEDGMENT.version,
    signedOn: isoDate(r.signed_on),
    signatureMethod: r.signature_method,
    recordedBy: r.recorded_by,
    createdAt: iso(r.created_at),
  };
}
