import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { Principal } from './access.types.ts';
import { findUserById } from './access.repo.ts';
import { revokeUserSessions, setPassword } from './accounts.repo.ts';
import { appendUserEvent, managedUser, userSummary, type UserSummary } from './managed-user.ts';
import { hashPassword } from './passwords.ts';
import { passwordProblem } from './password-policy.ts';

// An administrator sets a temporary password: the account's sessions end, and at the next
// sign-in the user may do nothing but change it (the must-change flag; see can()).
export async function resetPassword(ctx: AppContext, admin: Principal, userId: string, password: string): Promise<Result<UserSummary>> {
  if (userId === admin.userId) return failure('own-account', '请在「修改密码」页修改本人的密码');
  // Hashed before the transaction, so that no row stays locked while argon2 works.
  const account = await findUserById(ctx.db, userId);
  const weak = account ? passwordProblem(password, account) : null;
  if (weak) return weak;
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    const target = await managedUser(tx, admin, userId);
    if (!target.ok) return target;
    const user = target.value;
    await setPassword(tx, user.id, passwordHash, true);
    const ended = await revokeUserSessions(tx, user.id, now);
    await appendUserEvent(tx, admin, now, user, 'user.password-reset', { mustChangePassword: true, sessionsEnded: ended });
    return success(userSummary(ctx, { ...user, mustChangePassword: true }));
  });
}
