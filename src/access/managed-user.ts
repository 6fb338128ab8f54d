import type { Tx } from '../db/connection.ts';
import type { AppContext } from '../platform/context.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf } from '../audit/audit.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { isoInstant } from '../shared/dates.ts';
import { can, inScope, roleNames, type Principal } from './access.types.ts';
import { findUserById, type UserRecord } from './access.repo.ts';
import type { UserListRow } from './accounts.repo.ts';

// What every change an administrator makes to another account checks first: the account is in
// the administrator's courts and reaches no further than the administrator does.

/** The account to change, locked for the rest of the transaction, or why it may not be changed. */
export async function managedUser(tx: Tx, admin: Principal, userId: string): Promise<Result<UserRecord>> {
  if (!can(admin, 'user.manage')) return failure('forbidden');
  const user = await findUserById(tx, userId, true);
  if (!user) return failure('user-not-found');
  if (!inScope(admin, user.courtId)) return failure('court-out-of-scope', '该用户所在的法院不在您的管理范围内');
  if (user.scope === 'subtree' && admin.scope !== 'subtree')
    return failure('scope-too-wide', '该账户可查看本院及下级法院，范围大于您的管理范围，请由上级管理员办理');
  return success(user);
}

/** The audit event of a change to an account, at the account's court, naming who made it. */
export const appendUserEvent = (
  tx: Tx,
  admin: Principal,
  at: Date,
  user: { id: string; courtId: number },
  action: string,
  changes: Record<string, unknown>,
) => appendEvent(tx, actorOf(admin), at, { courtId: user.courtId, caseId: null, action, entityType: 'user', entityId: user.id, changes });

/** An account as the user administration shows it. */
export function userSummary(ctx: AppContext, u: Omit<UserListRow, 'createdAt'> & { createdAt?: Date }) {
  const court = ctx.courts.byId(u.courtId)!;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleName: roleNames[u.role],
    court: { code: court.code, name: court.name },
    scope: u.scope,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    ...(u.createdAt ? { createdAt: isoInstant(u.createdAt) } : {}),
  };
}
export type UserSummary = ReturnType<typeof userSummary>;
