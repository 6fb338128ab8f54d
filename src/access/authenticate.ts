import type { AppContext } from '../platform/context.ts';
import { MINUTE_MS } from '../shared/dates.ts';
import type { Principal } from './access.types.ts';
import { findSessionUser } from './access.repo.ts';
import { touchSession } from './accounts.repo.ts';
import { tokenHash } from './sign-in.ts';

export async function principalForToken(ctx: AppContext, token: string): Promise<Principal | null> {
  const now = ctx.clock.now();
  const user = await findSessionUser(ctx.db, tokenHash(token), now);
  if (!user) return null;
  // The session list's 最近使用: kept to the minute, so that most requests write nothing.
  if (!user.lastSeenAt || now.getTime() - user.lastSeenAt.getTime() >= MINUTE_MS) await touchSession(ctx.db, user.sessionId, now);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    courtId: user.courtId,
    scope: user.scope,
    partyIdentity: user.partyIdentity,
    courtIds: user.scope === 'subtree' ? ctx.courts.subtreeIds(user.courtId) : [user.courtId],
    sessionId: user.sessionId,
    mustChangePassword: user.mustChangePassword,
  };
}
