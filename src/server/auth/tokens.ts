import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Session and API tokens: 256 random bits shown once; the database keeps only a SHA-256. */
export function newToken(prefix: 'pks' | 'pkt'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
