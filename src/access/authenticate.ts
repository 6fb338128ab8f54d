import type { AppContext } from '../platform/context.ts';
import type { Principal } from './access.types.ts';
import { findSessionUser } from './access.repo.ts';
import { tokenHash } from './sign-in.ts';

export async function principalForToken(ctx: AppContext, token: string): Promise<Principal | null> {
  const user = await findSessionUser(ctx.db, tokenHash(token), ctx.clock.now());
  if (!user) return null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    courtId: user.courtId,
    scope: user.scope,
    partyIdentity: user.partyIdentity,
    courtIds: user.scope === 'subtree' ? ctx.courts.subtreeIds(user.courtId) : [user.courtId],
  };
}
