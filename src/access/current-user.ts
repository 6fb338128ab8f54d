import type { AppContext } from '../platform/context.ts';
import { success } from '../shared/result.ts';
import { roleNames, rolePermissions, type Principal } from './access.types.ts';

/** Who the caller is, where, and what they may do: what the web app shapes its screens by. */
export function currentUser(ctx: AppContext, p: Principal) {
  const court = ctx.courts.byId(p.courtId)!;
  return success({
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    role: p.role,
    roleName: roleNames[p.role],
    court: { code: court.code, name: court.name },
    scope: p.scope,
    permissions: p.mustChangePassword ? ['signed-in' as const] : [...rolePermissions[p.role]],
    mustChangePassword: p.mustChangePassword ?? false,
  });
}
