import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** TOTP (RFC 6238) enrolment and checks, with replay refused: a code's time step is used once. */
export function newTotpSecret(): string {
  return generateSecret();
}

export async function enrolmentPayload(secret: string, email: string, organization: string) {
  const uri = generateURI({ secret, issuer: `PeerKeep (${organization})`, label: email });
  return { otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) };
}

/** The accepted time step, or null. One step of clock drift is allowed either way. */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const r = await verify({ secret, token: code, epochTolerance: 30, ...(lastStep === null ? {} : { afterTimeStep: lastStep }) });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

/** Ten one-time recovery codes, shown once; only their hashes are kept. 60 random bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const raw = randomBytes(8).toString('hex').slice(0, 15);
    return `${raw.slice(0, 5)}-${raw.slice(5, 10)}-${raw.slice(10)}`;
  });
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace(/[^0-9a-f]/g, '')).digest('hex');
}
