import type { DisclosureFacts } from './facts.ts';

/**
 * The obligations that recur across grounds, worded once so every decision says the same thing
 * the same way. Each is a concrete step a peer specialist (or the app) can tick off.
 */
export const OBLIGATION = {
  /** Cites Part 2's own limit only where Part 2 applies. */
  minimumNecessary: (f: DisclosureFacts): string =>
    `Share only the minimum needed for this purpose, nothing more (45 CFR 164.502(b)${f.program.part2 ? '; 42 CFR 2.13(a)' : ''}).`,
  accounting:
    'Record the disclosure in the accounting of disclosures: date and time, recipient, what was shared, purpose, basis, who disclosed.',
  auditTrail: 'Access is logged in the audit trail with who, what, when and why.',
  part2Notice: 'Attach the Part 2 redisclosure notice (42 CFR 2.32) and a copy or clear explanation of the consent scope.',
  notifySupervisor: 'Notify your supervisor now.',
  supervisorDecides: 'Do not share on your own: your supervisor, a licensed clinician or the privacy officer decides.',
  privacyOfficerDecides: 'Pass the request to the privacy officer (and counsel) today; do not release anything yourself.',
  documentBelief:
    'Document the facts that formed your belief: the exact words, plan, means, timeframe and target, who you contacted, when, and what you said.',
  tellParticipantWhenSafe: 'Tell the participant what was shared and why, as soon as it is safe to do so.',
  tellParticipant: 'Tell the participant what will be shared, with whom and why.',
  promptlyInformVictim:
    'Promptly tell the adult who is the subject of the report that a report was or will be made, unless that would put them at risk of serious harm or their representative is the suspected abuser (45 CFR 164.512(c)(2)).',
  doNotConfirm: 'Do not confirm or deny that the person is a participant.',
  recordDecision: 'Note the request and this decision in the record.',
  verifyIdentity:
    'Verify who is asking and their authority before sharing anything: badge or credentials, letterhead, or a call back to a known number (45 CFR 164.514(h)).',
  followSafetyProtocol: 'Follow the safety protocol: stay with the person, listen, and tell them what will be shared and why.',
  copyOfLegalDocument: 'Keep a copy of the order, subpoena or warrant with the record of what was released.',
  onlyWhatOrderNames: 'Release exactly what the order names, for the period it names, and nothing more.',
  deidentify:
    'Remove every identifier before sharing: names, places smaller than a state, dates (keep only the year), phone, e-mail, ids, and rare details such as job, notable events or family make-up (45 CFR 164.514(b)(2)).',
  actualKnowledge: 'If the listener could still work out who it is, it is not de-identified: leave out more or do not share.',
} as const;
