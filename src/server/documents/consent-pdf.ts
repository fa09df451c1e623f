import { PART2_REDISCLOSURE_NOTICE } from '../../core/consent/part2-notice.ts';
import { renderPdf } from './pdf-document.ts';

/** What the printable consent form shows: the form as signed, nothing computed later. */
export interface ConsentForm {
  readonly consentId: string;
  readonly part2: boolean;
  readonly participantName: string;
  readonly discloser: string;
  readonly recipient: { readonly person?: { name: string; contact?: string }; readonly organization?: { name: string; contact?: string } };
  readonly categories: readonly string[];
  readonly purposeDescription: string;
  readonly expiry: { readonly kind: 'date'; readonly on: string } | { readonly kind: 'event'; readonly event: string };
  readonly criminalJustice: { readonly referrer: string; readonly irrevocableUntil: string } | null;
  readonly signature: { readonly method: 'drawn' | 'typed'; readonly signedOn: string; readonly signer: string; readonly representativeAuthority?: string; readonly typedName?: string; readonly image?: string };
}

// The statements the form must carry (45 CFR 164.508(c)(2); 42 CFR 2.31(a)(6), (a)(10)).
const RIGHT_TO_REVOKE =
  'You may take back (revoke) this consent at any time by telling your peer specialist or writing to the program. Taking it back stops future sharing; it cannot undo what was already shared while the consent was in force.';
const CONDITIONING = 'Your services do not depend on signing this form. You may refuse to sign it.';
const REDISCLOSURE =
  'Once the information is shared, the recipient might share it further, and it may then no longer be protected by federal privacy rules (for Part 2 records, see the notice below).';

const label = (c: string) => c.replace(/_/g, ' ');
const party = (p: { name: string; contact?: string } | undefined) => (p ? (p.contact ? `${p.name} (${p.contact})` : p.name) : '');

/** The printable Release of Information, with the Part 2 notice on Part 2 forms. */
export function consentPdf(form: ConsentForm): Promise<Buffer> {
  const title = form.part2 ? 'Consent to share substance use disorder records (42 CFR Part 2)' : 'Authorization to release information';
  return renderPdf({ title }, (w) => {
    w.title(title);
    w.field('Participant', form.participantName);
    w.field('Who may share', form.discloser);
    const recipient = [party(form.recipient.person), party(form.recipient.organization)].filter(Boolean).join(' at ');
    w.field('Who may receive it', recipient);
    w.field('What may be shared', form.categories.map(label).join(', '));
    w.field('Why', form.purposeDescription);
    w.field('This consent ends', form.expiry.kind === 'date' ? `on ${form.expiry.on}` : `when this happens: ${form.expiry.event}`);
    if (form.criminalJustice) {
      w.heading('Criminal-justice referral (42 CFR 2.35)');
      w.paragraph(`Referred by ${form.criminalJustice.referrer}. This consent cannot be revoked until: ${form.criminalJustice.irrevocableUntil}.`);
    }
    w.heading('Your rights');
    w.paragraph(RIGHT_TO_REVOKE);
    w.paragraph(CONDITIONING);
    w.paragraph(REDISCLOSURE);
    if (form.part2) {
      w.heading('Notice to the recipient (42 CFR 2.32)');
      w.paragraph(PART2_REDISCLOSURE_NOTICE, 8);
    }
    w.heading('Signature');
    if (form.signature.method === 'drawn' && form.signature.image) w.image(form.signature.image, 180);
    else w.paragraph(`/s/ ${form.signature.typedName ?? ''}`, 12);
    w.field('Signed on', form.signature.signedOn);
    w.field('Signed by', form.signature.signer === 'representative' ? `representative (${form.signature.representativeAuthority ?? ''})` : 'the participant');
    w.paragraph('');
    w.paragraph(`Form reference ${form.consentId}. Keep a copy of this form.`, 8);
  });
}
