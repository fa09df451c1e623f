import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default variant; a test checks the `$argon2id$` prefix) at OWASP's
 * minimum profile (19 MiB, t=2, p=1): ~11 ms here, costly to guess at scale.
 */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** A hash of nothing anyone knows, verified for unknown e-mail addresses so timing tells nothing. */
let decoy: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters; a short sentence works well.`;
  if (password.length > 256) return 'Use at most 256 characters.';
  if (/^(.)\1+$/.test(password)) return 'Use a password that is not one character repeated.';
  return null;
}
