import type { DeidContext } from '../deid/index.ts';

/** The parts of a participant's profile that identify them or the people around them. */
export interface KnownIdentity {
  readonly givenName: string;
  readonly familyName?: string | undefined;
  readonly preferredName?: string | undefined;
  readonly dateOfBirth?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: { readonly line1: string; readonly line2?: string | undefined; readonly city: string; readonly state: string; readonly postalCode: string } | undefined;
  readonly contacts: readonly { readonly name: string; readonly phone?: string | undefined; readonly email?: string | undefined }[];
}

/**
 * Layer 1 of the de-identifier for one record: everything the record knows that names the
 * participant or their contacts. Phones, e-mail addresses and the postal code go in as ids, which
 * the de-identifier matches with or without separators; the street line and the city go in as
 * addresses of their own, so each is found alone too. The state is left out on purpose: states are
 * not Safe Harbor identifiers and carry meaning (which laws apply).
 */
export function deidContextFromProfile(p: KnownIdentity): DeidContext {
  const present = (values: readonly (string | undefined)[]) => values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
  const fullName = [p.givenName, p.familyName].filter(Boolean).join(' ');
  const preferredFull = p.preferredName ? [p.preferredName, p.familyName].filter(Boolean).join(' ') : undefined;
  const a = p.address;
  return {
    names: present([fullName, preferredFull, p.givenName, p.familyName, p.preferredName, ...p.contacts.map((c) => c.name)]),
    dates: present([p.dateOfBirth]),
    ids: present([p.phone, p.email, a?.postalCode, ...p.contacts.flatMap((c) => [c.phone, c.email])]),
    addresses: present(a ? [`${a.line1}, ${a.city}, ${a.state} ${a.postalCode}`, a.line1, a.line2, a.city] : []),
  };
}
