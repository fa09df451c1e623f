import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The sealed-value envelope: AES-256-GCM with a fresh 96-bit nonce, laid out as
 * `version(1) | nonce(12) | tag(16) | ciphertext`. The associated data names where the value
 * lives (`table:column:rowId`), so a ciphertext copied into another row or column fails to open.
 */
const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = 1 + NONCE_BYTES + TAG_BYTES;

/** A sealed value could not be opened: wrong key, wrong place, or tampered bytes. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
}

export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  if (key.length !== 32) throw new Error('an AES-256 key must be 32 bytes');
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), ciphertext]);
}

export function open(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  if (sealed.length < HEADER || sealed[0] !== VERSION) {
    throw new SealedValueError('sealed value has an unknown format');
  }
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  const tag = sealed.subarray(1 + NONCE_BYTES, HEADER);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new SealedValueError('sealed value failed authentication (wrong key, wrong place, or altered)');
  }
}

/** Seals a JSON-serialisable value. */
export function sealJson(key: Buffer, value: unknown, associatedData: string): Buffer {
  return seal(key, Buffer.from(JSON.stringify(value), 'utf8'), associatedData);
}

export function openJson<T>(key: Buffer, sealed: Buffer, associatedData: string): T {
  return JSON.parse(open(key, sealed, associatedData).toString('utf8')) as T;
}

/** A new random 256-bit key. */
export function newKey(): Buffer {
  return randomBytes(32);
}
