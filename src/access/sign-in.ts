import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findUserByUsername, insertSession, revokeSession, setLoginState } from './access.repo.ts';
import type { Tx } from '../db/connection.ts';
import { verifyPassword } from './passwords.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export type SignedIn = { token: string; expiresAt: Date; userId: string };

// Five wrong passwords in a row lock the account for fifteen minutes; the counter and the
// lock are written even though the sign-in fails, so they cannot be raced away.
export async function signIn(ctx: AppContext, username: string, password: string): Promise<Result<SignedIn>> {
  const now = ctx.clock.now();
  const user = await findUserByUsername(ctx.db, username);
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : false;
  // The failed-attempt bookkeeping must commit although the sign-in fails: the transaction's value
  // is the outcome, turned into a failure only after the commit.
  const outcome = await transact(ctx, async (trx) => success(await attempt(ctx, trx, username, passwordOk && Boolean(user), now)));
  if (!outcome.ok) return outcome;
  return outcome.value;
}

async function attempt(ctx: AppContext, trx: Tx, username: string, passwordOk: boolean, now: Date): Promise<Result<SignedIn>> {
  {
    const locked = await findUserByUsername(trx, username, true);
    if (!locked || locked.disabled) return failure('invalid-credentials');
    const actor = { id: locked.id, name: locked.displayName };
    if (locked.lockedUntil && locked.lockedUntil > now) return failure('account-locked', `账户锁定至 ${locked.lockedUntil.toISOString()}`);
    if (!passwordOk) {
      const failed = locked.failedLogins + 1;
      const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
      await setLoginState(trx, locked.id, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
      await appendEvent(trx, actor, now, {
        courtId: locked.courtId,
        caseId: null,
        action: lockedUntil ? 'user.locked' : 'user.sign-in-failed',
        entityType: 'user',
        entityId: locked.id,
        changes: { failedLogins: { before: locked.failedLogins, after: failed } },
      });
      return lockedUntil ? failure('account-locked') : failure('invalid-credentials');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + ctx.config.sessionHours * 3_600_000);
    await insertSession(trx, { tokenHash: tokenHash(token), userId: locked.id, createdAt: now, expiresAt });
    await setLoginState(trx, locked.id, { failedLogins: 0, lockedUntil: null });
    await appendEvent(trx, actor, now, {
      courtId: locked.courtId,
      caseId: null,
      action: 'user.signed-in',
      entityType: 'user',
      entityId: locked.id,
      changes: {},
    });
    return success({ token, expiresAt, userId: locked.id });
  }
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await transact(ctx, async (tx) => success(await revokeSession(tx, tokenHash(token), ctx.clock.now())));
}
