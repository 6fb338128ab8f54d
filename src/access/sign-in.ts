import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { failure, success, type Failure, type Result } from '../shared/result.ts';
import { HOUR_MS, instantAfter, MINUTE_MS } from '../shared/dates.ts';
import { findUserByUsername, insertSession, recordSignInFailure, revokeSession } from './access.repo.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { SignInThrottle, type Throttled } from './sign-in-throttle.ts';
import { retryMessage } from './retry-message.ts';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export type SignedIn = { token: string; expiresAt: Date; userId: string; mustChangePassword: boolean };
export type Client = { readonly address: string; readonly userAgent?: string | undefined };

// One throttle per open database, i.e. per server process (see sign-in-throttle.ts).
const throttles = new WeakMap<DatabaseHandle, SignInThrottle>();
export const throttleOf = (ctx: AppContext): SignInThrottle => {
  let t = throttles.get(ctx.handle);
  if (!t) {
    const c = ctx.config.signIn;
    t = new SignInThrottle({
      perAddress: { attempts: c.attemptsPerAddressPerMinute, windowMs: MINUTE_MS },
      perAccount: { failures: c.failuresPerAccount, windowMs: c.failureWindowMinutes * MINUTE_MS },
    });
    throttles.set(ctx.handle, t);
  }
  return t;
};

/** 429 with Retry-After in seconds and, in the message, the local time from which to try again. */
export function tooManyAttempts(refused: Throttled, now: Date): Failure {
  const seconds = Math.max(1, Math.ceil((refused.retryAt.getTime() - now.getTime()) / 1000));
  return { ...failure('too-many-attempts', retryMessage(refused.retryAt, now)), retryAfter: seconds };
}

// Verified against when the username is unknown, so that known and unknown names cost the same.
let dummyHash: Promise<string> | undefined;

// No account is ever locked: wrong passwords are throttled per account and client address, so
// a stranger elsewhere cannot keep the owner out. Unknown, disabled and wrong-password sign-ins
// take the same path and get the same answer.
export async function signIn(ctx: AppContext, username: string, password: string, client: Client): Promise<Result<SignedIn>> {
  const now = ctx.clock.now();
  const throttle = throttleOf(ctx);
  const refused = throttle.admit(username, client.address, now);
  if (refused) return tooManyAttempts(refused, now);
  const user = await findUserByUsername(ctx.db, username);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))),
    password,
  );
  if (!user || user.disabled || !passwordOk) {
    throttle.failed(username, client.address, now);
    const reason = !user ? 'unknown-user' : user.disabled ? 'disabled' : 'wrong-password';
    await recordSignInFailure(ctx.db, { username, address: client.address, userId: user?.id ?? null, reason, at: now });
    return failure('invalid-credentials');
  }
  throttle.succeeded(username, client.address);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = instantAfter(now, ctx.config.sessionHours * HOUR_MS);
  return transact(ctx, async (trx) => {
    const userAgent = client.userAgent ? client.userAgent.slice(0, 300) : null;
    await insertSession(trx, {
      tokenHash: tokenHash(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      address: client.address,
      userAgent,
    });
    await appendEvent(trx, { id: user.id, name: user.displayName }, now, {
      courtId: user.courtId,
      caseId: null,
      action: 'user.signed-in',
      entityType: 'user',
      entityId: user.id,
      changes: { address: client.address },
    });
    return success({ token, expiresAt, userId: user.id, mustChangePassword: user.mustChangePassword });
  });
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await transact(ctx, async (tx) => success(await revokeSession(tx, tokenHash(token), ctx.clock.now())));
}
