import type { Actor, Role } from '../../core/access/policy.ts';
import { asSystem } from '../db/tenancy.ts';
import type { RequestContext } from '../request-context.ts';
import { createNote } from '../use-cases/notes.ts';
import { createOrganization, createStaff, createTeam } from '../use-cases/organizations.ts';
import { createParticipant } from '../use-cases/participants.ts';
import type { RecordPorts } from '../use-cases/ports.ts';
import { randomBytes } from 'node:crypto';

export interface DemoAccount {
  readonly role: Role;
  readonly email: string;
  readonly password: string;
}

const DEMO_SLUG = 'demo';

/**
 * A demo organization for a first look: one team, an account for each role, and a few invented
 * participants with notes. Created once, on the first start with `--demo`; the passwords are
 * random and returned only then. Every person here is fictional.
 */
export async function seedDemo(ports: RecordPorts): Promise<DemoAccount[] | null> {
  const existing = await asSystem(ports.db, (tx) => tx.selectFrom('organizations').select('id').where('slug', '=', DEMO_SLUG).executeTakeFirst());
  if (existing) return null;
  const pw = () => randomBytes(12).toString('base64url');
  const accounts: DemoAccount[] = [{ role: 'admin', email: 'admin@demo.peerkeep.test', password: pw() }];
  const org = await createOrganization(ports, {
    name: 'Harbor Light Recovery Center (demo)',
    slug: DEMO_SLUG,
    admin: { email: accounts[0]!.email, displayName: 'Alex Admin', password: accounts[0]!.password },
  });
  await asSystem(ports.db, (tx) => tx.updateTable('users').set({ platform_admin: true }).where('id', '=', org.adminUserId).execute());
  const adminCtx = ctx({ userId: org.adminUserId, orgId: org.id, role: 'admin', teamId: null, platformAdmin: true });
  const team = await createTeam(ports, adminCtx, 'Downtown peer team');
  const staff: { role: Role; email: string; name: string }[] = [
    { role: 'supervisor', email: 'supervisor@demo.peerkeep.test', name: 'Sam Supervisor' },
    { role: 'peer_specialist', email: 'peer@demo.peerkeep.test', name: 'Pat Peer' },
    { role: 'peer_specialist', email: 'peer2@demo.peerkeep.test', name: 'Robin Peer' },
    { role: 'privacy_officer', email: 'privacy@demo.peerkeep.test', name: 'Morgan Privacy' },
  ];
  const ids: Record<string, Actor> = {};
  for (const s of staff) {
    const password = pw();
    const user = await createStaff(ports, adminCtx, { email: s.email, displayName: s.name, role: s.role, teamId: s.role === 'privacy_officer' ? null : team.id, password });
    accounts.push({ role: s.role, email: s.email, password });
    ids[s.email] = { userId: user.id, orgId: org.id, role: s.role, teamId: user.teamId, platformAdmin: false };
  }
  const pat = ctx(ids['peer@demo.peerkeep.test']!);
  const robin = ctx(ids['peer2@demo.peerkeep.test']!);
  const people = [
    { by: pat, profile: { givenName: 'Jordan', familyName: 'Rivera', pronouns: 'they/them', dateOfBirth: '1991-04-12', phone: '555-0142', contacts: [{ kind: 'sponsor' as const, name: 'Casey Morgan', phone: '555-0177' }] }, notes: ['Jordan talked about the first month back at work and how meetings help on hard days. Planning to try a new NA group on Thursday.', 'Check-in by phone. Sleep is better; Jordan wants to work on a budget next time.'] },
    { by: pat, profile: { givenName: 'Taylor', familyName: 'Nguyen', preferredName: 'Tay', pronouns: 'she/her', dateOfBirth: '1985-09-30', contacts: [{ kind: 'family' as const, name: 'Lee Nguyen', relationship: 'brother' }] }, notes: ['Tay shared that the housing application went in. We practised what to say at the interview.'] },
    { by: robin, profile: { givenName: 'Morgan', familyName: 'Blake', pronouns: 'he/him', dateOfBirth: '1978-01-05', contacts: [] }, notes: ['Met at the library. Morgan is 90 days sober and wants to mark it with his daughter.'] },
    { by: robin, profile: { givenName: 'Riley', familyName: 'Okafor', pronouns: 'she/her', contacts: [] }, notes: ['Telehealth session. Riley is settling into the new apartment and reconnecting with her church group.'] },
  ];
  for (const p of people) {
    const created = await createParticipant(ports, p.by, { profile: p.profile });
    for (const [i, body] of p.notes.entries()) {
      await createNote(ports, p.by, created.id, { sessionDate: daysAgo(7 * (p.notes.length - i)), sessionType: i % 2 ? 'phone' : 'in_person', durationMinutes: 45, body });
    }
  }
  return accounts;
}

function ctx(actor: Actor): RequestContext {
  return { actor, source: 'demo-seed', purpose: 'administration' };
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}
