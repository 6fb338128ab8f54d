import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf } from '../audit/audit.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { isoInstant } from '../shared/dates.ts';
import type { Principal } from './access.types.ts';
import { activeSessions, revokeUserSession, revokeUserSessions } from './accounts.repo.ts';

// The signed-in user's own sessions (登录设备): where and when each was opened and last used;
// any other one can be signed out, one at a time or all at once.

export async function listOwnSessions(ctx: AppContext, p: Principal) {
  const rows = await activeSessions(ctx.db, p.userId, ctx.clock.now());
  return success({
    items: rows.map((s) => ({
      id: s.id,
      createdAt: isoInstant(s.createdAt),
      lastSeenAt: isoInstant(s.lastSeenAt ?? s.createdAt),
      expiresAt: isoInstant(s.expiresAt),
      address: s.address,
      userAgent: s.userAgent,
      current: s.id === p.sessionId,
    })),
  });
}

const event = (p: Principal, action: string, changes: Record<string, unknown>) => ({
  courtId: p.courtId,
  caseId: null,
  action,
  entityType: 'user',
  entityId: p.userId,
  changes,
});

export async function signOutSession(ctx: AppContext, p: Principal, sessionId: string): Promise<Result<undefined>> {
  if (sessionId === p.sessionId) return failure('current-session', '要退出正在使用的设备，请点「退出」');
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    if (!(await revokeUserSession(tx, p.userId, sessionId, now))) return failure('session-not-found');
    await appendEvent(tx, actorOf(p), now, event(p, 'session.signed-out', { session: sessionId }));
    return success(undefined);
  });
}

export async function signOutOtherSessions(ctx: AppContext, p: Principal): Promise<Result<{ ended: number }>> {
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    const ended = await revokeUserSessions(tx, p.userId, now, p.sessionId ?? null);
    if (ended > 0) await appendEvent(tx, actorOf(p), now, event(p, 'session.others-signed-out', { count: ended }));
    return success({ ended });
  });
}
