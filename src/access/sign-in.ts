import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { HOUR_MS, instantAfter, localDateTimeAt, MINUTE_MS } from '../shared/dates.ts';
import { findUserByUsername, insertSession, recordSignInFailure, revokeSession } from './access.repo.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { SignInThrottle } from './sign-in-throttle.ts';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export type SignedIn = { token: string; expiresAt: Date; userId: string };
export type Client = { readonly address: string };

// One throttle per open database, i.e. per server process (see sign-in-throttle.ts).
const throttles = new WeakMap<DatabaseHandle, SignInThrottle>();
const throttleOf = (ctx: AppContext): SignInThrottle => {
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

// Verified against when the username is unknown, so that known and unknown names cost the same.
let dummyHash: Promise<string> | undefined;

// No account is ever locked: wrong passwords are throttled per account and client address, so
// a stranger elsewhere cannot keep the owner out. Unknown, disabled and wrong-password sign-ins
// take the same path and get the same answer.
export async function signIn(ctx: AppContext, username: string, password: string, client: Client): Promise<Result<SignedIn>> {
  const now = ctx.clock.now();
  const throttle = throttleOf(ctx);
  const refused = throttle.admit(username, client.address, now);
  if (refused) {
    const seconds = Math.max(1, Math.ceil((refused.retryAt.getTime() - now.getTime()) / 1000));
    return {
      ...failure('too-many-attempts', `登录尝试过于频繁，请于 ${localDateTimeAt(refused.retryAt)}（北京时间）后再试`),
      retryAfter: seconds,
    };
  }
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
    await insertSession(trx, { tokenHash: tokenHash(token), userId: user.id, createdAt: now, expiresAt });
    await appendEvent(trx, { id: user.id, name: user.displayName }, now, {
      courtId: user.courtId,
      caseId: null,
      action: 'user.signed-in',
      entityType: 'user',
      entityId: user.id,
      changes: { address: client.address },
    });
    return success({ token, expiresAt, userId: user.id });
  });
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await transact(ctx, async (tx) => success(await revokeSession(tx, tokenHash(token), ctx.clock.now())));
}
