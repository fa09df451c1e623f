import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { DecisionRequest, DecisionView, DisclosureInput, DisclosureView } from '../../contract/disclosures.ts';
import type { ConsentCategory } from '../../core/consent/categories.ts';
import { type ConsentCoverage, type CoverageProblem, consentCoverage, type DisclosureRequest, recipientMatches } from '../../core/consent/consent-coverage.ts';
import { PART2_NOTICE_VERSION, PART2_REDISCLOSURE_NOTICE } from '../../core/consent/part2-notice.ts';
import { accountability } from '../../core/decide/accounting-rules.ts';
import { explainDisclosure } from '../../core/decide/decide-disclosure.ts';
import type { DisclosureDecision, Outcome } from '../../core/decide/decision.ts';
import type { DisclosureFacts } from '../../core/decide/facts.ts';
import { OBLIGATION } from '../../core/decide/obligations.ts';
import { programFactsFromProfile } from '../../core/decide/policy-profile.ts';
import { FactsValidationError, parseDisclosureFacts } from '../../core/decide/validate-facts.ts';
import { categoriesWords, dateWords, isoDayWords, PURPOSE_FOR_PARTICIPANT, recipientWords } from '../../core/decide/words.ts';
import { requireParticipant, runAsActor } from '../access/enforce.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { openJson, sealJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import type { DisclosureDecisionsTable } from '../db/tables.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { RequestContext } from '../request-context.ts';
import { consentsOf, type LoadedConsent, participantProfile } from './consents.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { currentProfile } from './policy-profile.ts';
import { iso, type RecordPorts } from './ports.ts';

/** What a consent finding says, per consent looked at. */
interface ConsentFinding {
  readonly consentId: string | null;
  readonly problem: CoverageProblem | null;
  readonly reason: string;
}

/** Sealed with the decision: what was asked and the facts PeerKeep assembled. */
interface DecisionInputs {
  readonly request: DecisionRequest;
  readonly facts: DisclosureFacts;
  readonly consent: ConsentFinding & { readonly considered: readonly ConsentFinding[] };
}

/** Sealed with the disclosure: who got what, and what the participant is told. */
interface DisclosurePacket {
  readonly recipient: { person: string | null; organization: string | null; contact: string | null };
  readonly categories: readonly ConsentCategory[];
  readonly basis: readonly string[];
  readonly part2Notice: string | null;
  readonly consentScope: string | null;
  readonly minimumNecessary: string;
  readonly recipientVerification: string | null;
  readonly tellParticipant: string;
  readonly hipaaExemption: string | null;
}

type DecisionRow = Selectable<DisclosureDecisionsTable>;

/**
 * When several consents are on file and none covers the request, the one that says most about
 * this request is reported: first those naming this recipient, then by how telling the problem
 * is (a revoked consent for this recipient matters more than a valid one naming someone else).
 */
const PROBLEM_RANK: readonly CoverageProblem[] = [
  'revocation_requested_irrevocable',
  'oral_revocation_in_part',
  'revoked',
  'revoked_in_part',
  'expired',
  'not_part2_compliant',
  'category_not_covered',
  'purpose_not_covered',
  'incomplete',
  'not_yet_signed',
  'oral_only',
  'recipient_mismatch',
  'none_on_file',
];

function bestCoverage(found: readonly { consent: LoadedConsent; coverage: ConsentCoverage }[], request: DisclosureRequest, none: ConsentCoverage) {
  const covering = found.find((f) => f.coverage.problem === null);
  if (covering) return covering;
  const rank = (f: { consent: LoadedConsent; coverage: ConsentCoverage }) =>
    (recipientMatches(f.consent.release.recipient, request.recipient) ? 0 : PROBLEM_RANK.length) + PROBLEM_RANK.indexOf(f.coverage.problem ?? 'none_on_file');
  return [...found].sort((a, b) => rank(a) - rank(b))[0] ?? { consent: null, coverage: none };
}

/** Whole years between a date of birth and `at`. */
function ageOn(dateOfBirth: string | undefined, at: Date): number | null {
  if (!dateOfBirth) return null;
  const birth = new Date(`${dateOfBirth}T00:00:00Z`);
  let age = at.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday = at.getUTCMonth() < birth.getUTCMonth() || (at.getUTCMonth() === birth.getUTCMonth() && at.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** The request as the consent check needs it. */
const coverageRequest = (r: DecisionRequest, categories: readonly ConsentCategory[], at: Date): DisclosureRequest => ({
  recipient: { ...(r.recipient.person ? { person: r.recipient.person } : {}), ...(r.recipient.organization ? { organization: r.recipient.organization } : {}) },
  categories,
  purpose: r.purpose,
  at,
});

/**
 * "May I share this?" PeerKeep assembles the facts the record holds (which consent covers this
 * recipient, information and purpose, and why not; the participant's age; the program facts
 * from the policy profile), adds what the user told it, asks the engine, and stores the decision
 * with its sealed inputs and the profile version it used.
 */
export function decideForParticipant(ports: RecordPorts, ctx: RequestContext, participantId: string, input: DecisionRequest): Promise<DecisionView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'disclosure.decide', participantId, { type: 'disclosure_decision', id });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const { profile } = await currentProfile(tx);
    const now = new Date();
    const person = await participantProfile(tx, ports, ctx.actor.orgId, participantId);
    let consents = await consentsOf(tx, key, participantId);
    if (input.consentId) {
      consents = consents.filter((c) => c.row.id === input.consentId);
      if (consents.length === 0) throw new InvalidInputError('consentId', 'This participant has no consent with that id. Leave consentId out to check every consent on file.');
    }
    const request = coverageRequest(input, input.categories, now);
    const regime = { part2: profile.part2Program };
    const found = consents.map((consent) => ({ consent, coverage: consentCoverage(consent.release, request, regime) }));
    const best = bestCoverage(found, request, consentCoverage(null, request, regime));
    const program = programFactsFromProfile(profile, { licensedClinicianWitnessed: input.licensedClinicianWitnessed ?? false });
    const facts = assembleFacts(input, program, ageOn(person.dateOfBirth, now), best.coverage);
    const { groundId, decision } = explainDisclosure(facts);
    const inputs: DecisionInputs = {
      request: input,
      facts,
      consent: {
        consentId: best.consent?.row.id ?? null,
        problem: best.coverage.problem,
        reason: best.coverage.reason,
        considered: found.map((f) => ({ consentId: f.consent.row.id, problem: f.coverage.problem, reason: f.coverage.reason })),
      },
    };
    const row = await tx
      .insertInto('disclosure_decisions')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: participantId,
        asked_by: ctx.actor.userId,
        profile_version: profile.version,
        consent_id: best.consent?.row.id ?? null,
        inputs_enc: sealJson(key, inputs, sealedAt.decisionInputs(id)),
        outcome: decision.outcome,
        ground_id: groundId,
        decision: JSON.stringify(decision),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, {
      action: 'disclosure.decide',
      outcome: 'succeeded',
      participantId,
      resourceType: 'disclosure_decision',
      resourceId: id,
      detail: { outcome: decision.outcome, ground: groundId, profileVersion: profile.version },
    });
    return presentDecision(row, inputs, null, null);
  });
}

/** The DisclosureFacts, validated like any other input to the engine. */
function assembleFacts(input: DecisionRequest, program: DisclosureFacts['program'], recordAge: number | null, coverage: ConsentCoverage): DisclosureFacts {
  const raw = {
    program,
    participant: {
      age: recordAge ?? input.participant?.age ?? null,
      ...(input.participant?.presentAndAgrees !== undefined ? { present_and_agrees: input.participant.presentAndAgrees } : {}),
      ...(input.participant?.incapacitated !== undefined ? { incapacitated: input.participant.incapacitated } : {}),
    },
    recipient: input.recipientType,
    purpose: input.purpose,
    information: [...input.categories],
    consent: { status: coverage.consent.status, defect: coverage.consent.defect ?? null },
    risk: input.risk ?? 'none',
    abuse: input.abuse ?? 'none',
    legal: input.legal ?? 'none',
    identifiable: input.identifiable ?? true,
  };
  try {
    return parseDisclosureFacts(raw);
  } catch (e) {
    if (e instanceof FactsValidationError) throw new InvalidInputError(e.field, `The facts could not be assembled: ${e.message}.`);
    throw e;
  }
}

/** Finds a decision and checks the action on its participant; unknown ids and denials look alike. */
async function requireDecision(tx: Tx, ports: RecordPorts, ctx: RequestContext, action: 'disclosure.decide' | 'disclosure.make' | 'disclosure.override', decisionId: string) {
  const row = await tx.selectFrom('disclosure_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirst();
  await requireParticipant(tx, ctx, action, row?.participant_id ?? decisionId, { type: 'disclosure_decision', id: decisionId });
  if (!row) throw new NotFoundError('disclosure_decision');
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
  const inputs = openJson<DecisionInputs>(key, row.inputs_enc, sealedAt.decisionInputs(row.id));
  const reason = row.override_reason_enc ? openJson<string>(key, row.override_reason_enc, sealedAt.overrideReason(row.id)) : null;
  const made = await tx.selectFrom('disclosures').select('id').where('decision_id', '=', row.id).executeTakeFirst();
  return { row, key, inputs, reason, disclosureId: made?.id ?? null };
}

/** A stored decision with the facts it used. */
export function getDecision(ports: RecordPorts, ctx: RequestContext, decisionId: string): Promise<DecisionView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const d = await requireDecision(tx, ports, ctx, 'disclosure.decide', decisionId);
    return presentDecision(d.row, d.inputs, d.reason, d.disclosureId);
  });
}

/**
 * A recorded disclosure with its sealed packet, for printing it again (after a reload, or from the
 * list of disclosures). Whoever may read the decision (disclosure.decide) may read what was sent;
 * the read is audited under its own name so the access report says "printed the packet again".
 * An unknown id and a denial answer alike.
 */
export function getDisclosure(ports: RecordPorts, ctx: RequestContext, disclosureId: string): Promise<DisclosureView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const row = await tx
      .selectFrom('disclosures as d')
      .leftJoin('users as u', 'u.id', 'd.disclosed_by')
      .selectAll('d')
      .select('u.display_name')
      .where('d.id', '=', disclosureId)
      .executeTakeFirst();
    await requireParticipant(tx, ctx, 'disclosure.decide', row?.participant_id ?? disclosureId, { type: 'disclosure', id: disclosureId });
    if (!row) throw new NotFoundError('disclosure');
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
    const packet = openPacket(key, row.id, row.packet_enc);
    await auditByActor(tx, ctx, { action: 'disclosure.read_packet', outcome: 'succeeded', participantId: row.participant_id, resourceType: 'disclosure', resourceId: row.id, detail: { decisionId: row.decision_id } });
    return {
      id: row.id,
      decisionId: row.decision_id,
      participantId: row.participant_id,
      disclosedAt: iso(row.disclosed_at),
      disclosedBy: row.disclosed_by,
      disclosedByName: row.display_name ?? 'a former staff member',
      recipientType: row.recipient_type,
      recipient: packet.recipient,
      purpose: row.purpose,
      outcome: row.outcome,
      groundId: row.ground_id,
      basis: [...row.citations],
      overridden: row.overridden,
      packet: {
        categories: [...packet.categories],
        part2Notice: packet.part2Notice,
        part2NoticeVersion: row.part2_notice_version,
        consentScope: packet.consentScope,
        minimumNecessary: packet.minimumNecessary,
      },
      tellParticipant: packet.tellParticipant,
      accountable: { hipaa: row.accountable_hipaa, part2: row.accountable_part2 },
    };
  });
}

const NEEDS_OVERRIDE: ReadonlySet<string> = new Set<Outcome>(['denied', 'escalate']);

/** A supervisor's recorded decision to go ahead although the engine denied or escalated. */
export function overrideDecision(ports: RecordPorts, ctx: RequestContext, decisionId: string, reason: string): Promise<DecisionView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const d = await requireDecision(tx, ports, ctx, 'disclosure.override', decisionId);
    if (!NEEDS_OVERRIDE.has(d.row.outcome)) throw new ConflictError('Only a denied or escalated decision needs an override; this one can be acted on as it is.');
    if (d.row.overridden_by) throw new ConflictError('This decision already has an override recorded.');
    const updated = await tx
      .updateTable('disclosure_decisions')
      .set({ overridden_by: ctx.actor.userId, overridden_at: new Date(), override_reason_enc: sealJson(d.key, reason, sealedAt.overrideReason(d.row.id)) })
      .where('id', '=', d.row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditByActor(tx, ctx, { action: 'disclosure.override', outcome: 'succeeded', participantId: d.row.participant_id, resourceType: 'disclosure_decision', resourceId: d.row.id, detail: { outcome: d.row.outcome } });
    return presentDecision(updated, d.inputs, reason, d.disclosureId);
  });
}

/**
 * Makes the disclosure a decision allows: builds the minimum-necessary packet (only the
 * categories asked about and, for consent, still covered now — a revocation since the decision
 * applies at once), attaches the Part 2 notice where required, records it in the accounting,
 * and says what to tell the participant. Denied and escalated decisions need an override first.
 */
export function makeDisclosure(ports: RecordPorts, ctx: RequestContext, decisionId: string, input: DisclosureInput): Promise<DisclosureView> {
  const id = randomUUID();
  return runAsActor(ports.db, ctx, async (tx) => {
    const d = await requireDecision(tx, ports, ctx, 'disclosure.make', decisionId);
    const { row, inputs } = d;
    if (d.disclosureId) throw new ConflictError('This decision was already acted on. Ask again for a new disclosure.');
    const outcome = row.outcome as Outcome;
    if (outcome === 'deidentified_only') {
      throw new ConflictError('Only de-identified information may be shared for this purpose: write a de-identified summary instead; it is not a disclosure of the record.');
    }
    if (NEEDS_OVERRIDE.has(outcome) && !row.overridden_by) {
      const said = outcome === 'denied' ? 'do not share' : 'ask a supervisor before sharing';
      throw new ConflictError(`The decision was “${said}”: nothing may be shared unless a supervisor records an override with a reason first. Ask your supervisor to open this decision.`);
    }
    const asked = inputs.request.categories;
    const categories = input.categories ?? asked;
    const extra = categories.filter((c) => !asked.includes(c));
    if (extra.length > 0) throw new InvalidInputError('categories', `Only what the decision was about may be shared; not: ${categoriesWords(extra)}. Ask again to share more.`);
    const now = new Date();
    const facts = inputs.facts;
    let consentScope: string | null = null;
    if (outcome === 'permitted_with_consent') {
      const consent = (await consentsOf(tx, d.key, row.participant_id)).find((c) => c.row.id === row.consent_id);
      const still = consent ? consentCoverage(consent.release, coverageRequest(inputs.request, categories, now), { part2: facts.program.part2 }) : null;
      if (!consent || !still || still.problem !== null) {
        throw new ConflictError(`The consent no longer covers this disclosure (${still?.reason ?? 'it is no longer on file'}). Nothing was shared; ask again.`);
      }
      consentScope = consentScopeWords(consent.release);
    }
    const decision = row.decision as unknown as DisclosureDecision;
    const part2Notice =
      facts.program.part2 && (outcome === 'permitted_with_consent' || decision.basis.includes('42 CFR 2.32') || decision.obligations.includes(OBLIGATION.part2Notice))
        ? PART2_REDISCLOSURE_NOTICE
        : null;
    const overridden = !!row.overridden_by;
    const acc = accountability({ outcome, purpose: facts.purpose, recipient: facts.recipient, includesPart2: facts.program.part2, overridden });
    const r = inputs.request.recipient;
    const who = [r.person, r.organization].filter(Boolean).join(' at ') || recipientWords(facts.recipient);
    const packet: DisclosurePacket = {
      recipient: { person: r.person ?? null, organization: r.organization ?? null, contact: r.contact ?? null },
      categories,
      basis: decision.basis,
      part2Notice,
      consentScope,
      minimumNecessary: input.minimumNecessaryNote ?? `Only this information was shared: ${categoriesWords(categories)}.`,
      recipientVerification: input.recipientVerification ?? null,
      tellParticipant: tellParticipantWords({ at: now, categories, who, purpose: facts.purpose, outcome, overridden: !!row.overridden_by, basis: decision.basis }),
      hipaaExemption: acc.hipaaExemption,
    };
    const retainUntil = new Date(now);
    retainUntil.setUTCFullYear(retainUntil.getUTCFullYear() + 6); // 45 CFR 164.530(j)(2)
    await tx
      .insertInto('disclosures')
      .values({
        id,
        org_id: ctx.actor.orgId,
        participant_id: row.participant_id,
        decision_id: row.id,
        consent_id: outcome === 'permitted_with_consent' ? row.consent_id : null,
        disclosed_at: now,
        disclosed_by: ctx.actor.userId,
        recipient_type: facts.recipient,
        purpose: facts.purpose,
        outcome,
        ground_id: row.ground_id,
        citations: [...decision.basis],
        profile_version: row.profile_version,
        includes_part2: facts.program.part2,
        part2_notice_version: part2Notice ? PART2_NOTICE_VERSION : null,
        overridden,
        accountable_hipaa: acc.hipaa,
        accountable_part2: acc.part2,
        packet_enc: sealJson(d.key, packet, sealedAt.disclosurePacket(id)),
        retain_until: retainUntil.toISOString().slice(0, 10),
      })
      .execute();
    await auditByActor(tx, ctx, {
      action: 'disclosure.make',
      outcome: 'succeeded',
      participantId: row.participant_id,
      resourceType: 'disclosure',
      resourceId: id,
      detail: { decisionId: row.id, outcome, overridden, accountableHipaa: acc.hipaa, accountablePart2: acc.part2 },
    });
    return {
      id,
      decisionId: row.id,
      participantId: row.participant_id,
      disclosedAt: iso(now),
      disclosedBy: ctx.actor.userId,
      disclosedByName: (await tx.selectFrom('users').select('display_name').where('id', '=', ctx.actor.userId).executeTakeFirst())?.display_name ?? 'unknown',
      recipientType: facts.recipient,
      recipient: packet.recipient,
      purpose: facts.purpose,
      outcome,
      groundId: row.ground_id,
      basis: [...decision.basis],
      overridden,
      packet: { categories: [...categories], part2Notice, part2NoticeVersion: part2Notice ? PART2_NOTICE_VERSION : null, consentScope, minimumNecessary: packet.minimumNecessary },
      tellParticipant: packet.tellParticipant,
      accountable: { hipaa: acc.hipaa, part2: acc.part2 },
    };
  });
}

/** "The consent signed on 1 May 2026 covers: attendance, recovery plan. …" — no ids, no codes. */
function consentScopeWords(release: LoadedConsent['release']): string {
  const signed = release.signature ? ` signed on ${isoDayWords(release.signature.signedOn)}` : '';
  const expiry = release.expiry;
  const ends = expiry?.kind === 'date' ? `on ${isoDayWords(expiry.on)}` : expiry?.kind === 'event' ? `when ${expiry.event}` : 'as stated on the form';
  return `The consent${signed} covers: ${categoriesWords(release.categories)}. Purpose, in the participant’s words: ${release.purposeDescription}. It ends ${ends}.`;
}

/**
 * What to tell the participant, addressed to them: what went to whom and why, and what allowed
 * it. Citations stay in brackets for anyone who wants to look them up; the sentence reads without them.
 */
function tellParticipantWords(d: { at: Date; categories: readonly string[]; who: string; purpose: DisclosureFacts['purpose']; outcome: Outcome; overridden: boolean; basis: readonly string[] }): string {
  const rules = d.basis.length > 0 ? ` (${d.basis.join('; ')})` : '';
  const allowed = d.overridden
    ? 'A supervisor reviewed the request, approved it and recorded why.'
    : d.outcome === 'permitted_with_consent'
      ? 'This was allowed by the consent you signed; you can take it back at any time.'
      : d.outcome === 'required_report'
        ? `The law required us to make this report${rules}.`
        : `The law allows this without your consent${rules}.`;
  return `On ${dateWords(d.at)} we shared your information (${categoriesWords(d.categories)}) with ${d.who}, ${PURPOSE_FOR_PARTICIPANT[d.purpose]}. ${allowed} You can ask for a list of everyone we have shared your information with.`;
}

function presentDecision(row: DecisionRow, inputs: DecisionInputs, overrideReason: string | null, disclosureId: string | null): DecisionView {
  const d = row.decision as unknown as DisclosureDecision;
  return {
    id: row.id,
    participantId: row.participant_id,
    askedBy: row.asked_by,
    askedAt: iso(row.asked_at),
    profileVersion: row.profile_version,
    groundId: row.ground_id,
    decision: { outcome: d.outcome, basis: [...d.basis], explanation: d.explanation, obligations: [...d.obligations] },
    facts: inputs.facts,
    consent: { consentId: inputs.consent.consentId, problem: inputs.consent.problem, reason: inputs.consent.reason, considered: inputs.consent.considered.map((c) => ({ ...c })) },
    override: row.overridden_by && row.overridden_at ? { by: row.overridden_by, at: iso(row.overridden_at), reason: overrideReason ?? '' } : null,
    disclosureId,
  };
}

/** Test and report support: the sealed packet of a disclosure. */
export function openPacket(key: Buffer, disclosureId: string, sealed: Buffer): DisclosurePacket {
  return openJson<DisclosurePacket>(key, sealed, sealedAt.disclosurePacket(disclosureId));
}
