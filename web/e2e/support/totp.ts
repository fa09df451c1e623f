import { generate } from 'otplib';

/** A staff account as the tests know it: the TOTP secret once enrolled, and the last step used. */
export interface Account {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  secret?: string;
  lastStep: number;
}

const PERIOD = 30;

/**
 * A code the server will accept now: its step must be after the last one used (replay is refused)
 * and within one step of the clock (the server allows one step of drift either way). Waits for
 * the clock only when several sign-ins of one account came within the same half-minute.
 */
export async function nextCode(account: Account): Promise<string> {
  if (!account.secret) throw new Error(`${account.email} has no authenticator yet`);
  for (;;) {
    const current = Math.floor(Date.now() / 1000 / PERIOD);
    const step = Math.max(account.lastStep + 1, current);
    if (step <= current + 1) {
      account.lastStep = step;
      return generate({ secret: account.secret, epoch: step * PERIOD + 1 });
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
