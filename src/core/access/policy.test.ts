import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Actor,
  type ConsultationAction,
  type ConsultationStanding,
  decideConsultationAccess,
  decideOrganizationAccess,
  decideParticipantAccess,
  type ParticipantAction,
  type Relation,
  type Role,
} from './policy.ts';

const actor = (role: Role, platformAdmin = false): Actor => ({ userId: 'u', orgId: 'o', role, teamId: 't', platformAdmin });
const RELATIONS: Relation[] = ['own_caseload', 'team', 'break_glass', 'none'];
const allowedRelations = (role: Role, action: ParticipantAction) => RELATIONS.filter((r) => decideParticipantAccess(actor(role), action, r).allowed);

test('a peer reads and writes notes only on their own caseload or through break-the-glass', () => {
  assert.deepEqual(allowedRelations('peer_specialist', 'note.read'), ['own_caseload', 'break_glass']);
  assert.deepEqual(allowedRelations('peer_specialist', 'note.write'), ['own_caseload', 'break_glass']);
});

test('a supervisor reads the team’s records but not another team’s', () => {
  assert.deepEqual(allowedRelations('supervisor', 'note.read'), ['own_caseload', 'team', 'break_glass']);
});

test('administrators never read clinical content, but see who a participant is to assign them', () => {
  for (const a of ['note.read', 'note.write', 'participant.read_record', 'participant.update'] as const) {
    assert.deepEqual(allowedRelations('admin', a), [], a);
  }
  assert.deepEqual(allowedRelations('admin', 'participant.read_identity'), RELATIONS);
});

test('a privacy officer reads identity and access reports, never notes', () => {
  assert.deepEqual(allowedRelations('privacy_officer', 'note.read'), []);
  assert.deepEqual(allowedRelations('privacy_officer', 'participant.access_report'), RELATIONS);
});

test('break-the-glass can be opened only from outside one’s access', () => {
  assert.deepEqual(allowedRelations('peer_specialist', 'break_glass.open'), ['team', 'none']);
  assert.deepEqual(allowedRelations('supervisor', 'break_glass.open'), ['none']);
  assert.deepEqual(allowedRelations('admin', 'break_glass.open'), []);
});

test('organization creation needs a platform administrator, whatever the role', () => {
  assert.equal(decideOrganizationAccess(actor('admin'), 'organization.create').allowed, false);
  assert.equal(decideOrganizationAccess(actor('admin', true), 'organization.create').allowed, true);
});

test('only administrators manage accounts and only privacy officers read the audit log', () => {
  const roles: Role[] = ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'];
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'user.manage').allowed), ['admin']);
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'audit.read').allowed), ['privacy_officer']);
});

test('consents and disclosures are care work: a peer on their caseload, a supervisor for the team, never admins or privacy officers', () => {
  for (const a of ['consent.read', 'consent.write', 'disclosure.decide', 'disclosure.make'] as const) {
    assert.deepEqual(allowedRelations('peer_specialist', a), ['own_caseload', 'break_glass'], a);
    assert.deepEqual(allowedRelations('supervisor', a), ['own_caseload', 'team', 'break_glass'], a);
    assert.deepEqual(allowedRelations('privacy_officer', a), [], a);
    assert.deepEqual(allowedRelations('admin', a), [], a);
  }
});

test('only a supervisor of the team can override a denied disclosure decision', () => {
  assert.deepEqual(allowedRelations('supervisor', 'disclosure.override'), ['own_caseload', 'team']);
  for (const r of ['peer_specialist', 'privacy_officer', 'admin'] as const) assert.deepEqual(allowedRelations(r, 'disclosure.override'), [], r);
});

test('the accounting of disclosures: privacy officers for anyone in the organization, care staff within their access, never admins', () => {
  assert.deepEqual(allowedRelations('privacy_officer', 'accounting.read'), RELATIONS);
  assert.deepEqual(allowedRelations('peer_specialist', 'accounting.read'), ['own_caseload', 'break_glass']);
  assert.deepEqual(allowedRelations('supervisor', 'accounting.read'), ['own_caseload', 'team', 'break_glass']);
  assert.deepEqual(allowedRelations('admin', 'accounting.read'), []);
});

test('everyone reads the policy profile; only privacy officers and administrators change it', () => {
  const roles: Role[] = ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'];
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'policy_profile.read').allowed), roles);
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'policy_profile.manage').allowed), ['privacy_officer', 'admin']);
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'consent.review').allowed), ['peer_specialist', 'supervisor', 'privacy_officer']);
});

test('consulting about a participant needs the reach of their notes; administrators never consult', () => {
  for (const a of ['consultation.start', 'consultation.review', 'consultation.reidentify'] as const) {
    assert.deepEqual(allowedRelations('peer_specialist', a), ['own_caseload', 'break_glass'], a);
    assert.deepEqual(allowedRelations('supervisor', a), ['own_caseload', 'team', 'break_glass'], a);
    assert.deepEqual(allowedRelations('privacy_officer', a), [], a);
    assert.deepEqual(allowedRelations('admin', a), [], a);
  }
});

test('when a participant was discussed is shown to their care staff and to any privacy officer', () => {
  assert.deepEqual(allowedRelations('peer_specialist', 'consultation.transparency'), ['own_caseload', 'break_glass']);
  assert.deepEqual(allowedRelations('supervisor', 'consultation.transparency'), ['own_caseload', 'team', 'break_glass']);
  assert.deepEqual(allowedRelations('privacy_officer', 'consultation.transparency'), RELATIONS);
  assert.deepEqual(allowedRelations('admin', 'consultation.transparency'), []);
});

test('only the recipient reads and answers a consultation; only the author reviews or re-identifies it', () => {
  const standings: ConsultationStanding[] = ['author', 'recipient', 'none'];
  const who = (role: Role, action: ConsultationAction) => standings.filter((s) => decideConsultationAccess(actor(role), action, s).allowed);
  for (const role of ['peer_specialist', 'supervisor'] as const) {
    assert.deepEqual(who(role, 'consultation.read_shared'), ['recipient']);
    assert.deepEqual(who(role, 'consultation.reply'), ['recipient']);
    assert.deepEqual(who(role, 'consultation.review'), ['author']);
    assert.deepEqual(who(role, 'consultation.reidentify'), ['author']);
  }
  for (const role of ['privacy_officer', 'admin'] as const) {
    for (const action of ['consultation.read_shared', 'consultation.reply', 'consultation.review', 'consultation.reidentify'] as const) {
      assert.deepEqual(who(role, action), [], `${role} ${action}`);
    }
  }
});

test('only care staff have an inbox of consultations', () => {
  const roles: Role[] = ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'];
  assert.deepEqual(roles.filter((r) => decideOrganizationAccess(actor(r), 'consultation.receive').allowed), ['peer_specialist', 'supervisor']);
});

test('the safety protocol is care work: a peer on their caseload, a supervisor for the team, never privacy officers or admins', () => {
  for (const action of ['message.read', 'message.write', 'safety.read', 'safety.report', 'safety.act'] as const) {
    assert.deepEqual(allowedRelations('peer_specialist', action), ['own_caseload', 'break_glass'], action);
    assert.deepEqual(allowedRelations('supervisor', action), ['own_caseload', 'team', 'break_glass'], action);
    assert.deepEqual(allowedRelations('privacy_officer', action), [], action);
    assert.deepEqual(allowedRelations('admin', action), [], action);
  }
});

test('only supervisors see the safety dashboard and acknowledge or reassign events; only care staff scan text on demand', () => {
  const roles: Role[] = ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'];
  const allowed = (action: 'safety.dashboard' | 'safety.supervise' | 'risk.scan' | 'safety_settings.read' | 'safety_settings.manage') =>
    roles.filter((r) => decideOrganizationAccess(actor(r), action).allowed);
  assert.deepEqual(allowed('safety.dashboard'), ['supervisor']);
  assert.deepEqual(allowed('safety.supervise'), ['supervisor']);
  assert.deepEqual(allowed('risk.scan'), ['peer_specialist', 'supervisor']);
  assert.deepEqual(allowed('safety_settings.read'), roles);
  assert.deepEqual(allowed('safety_settings.manage'), ['privacy_officer', 'admin']);
});
