import { randomBytes } from 'node:crypto';

/** A strong first password for a new account (the user signs in with it once and enrols TOTP). */
export function generatedPassword(): string {
  return randomBytes(15).toString('base64url');
}
