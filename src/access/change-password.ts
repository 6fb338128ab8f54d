import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf } from '../audit/audit.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { Principal } from './access.types.ts';
import { findUserById } from './access.repo.ts';
import { revokeUserSessions, setPassword } from './accounts.repo.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { passwordProblem } from './password-policy.ts';
import { throttleOf, tooManyAttempts, type Client } from './sign-in.ts';

export type PasswordChange = { currentPassword: string; newPassword: string };

// The current password proves it is the owner at the keyboard; wrong ones count against the same
// throttle as sign-in (a stolen session cannot guess at speed). The new password ends every other
// session of the user; the one in use stays.
export async function changePassword(
  ctx: AppContext,
  p: Principal,
  change: PasswordChange,
  client: Client,
): Promise<Result<{ otherSessionsEnded: number }>> {
  const now = ctx.clock.now();
  const throttle = throttleOf(ctx);
  const refused = throttle.admit(p.username, client.address, now);
  if (refused) return tooManyAttempts(refused, now);
  const user = await findUserById(ctx.db, p.userId);
  if (!user) return failure('unauthenticated');
  if (!(await verifyPassword(user.passwordHash, change.currentPassword))) {
    throttle.failed(p.username, client.address, now);
    const c = ctx.config.signIn;
    return failure(
      'wrong-current-password',
      `请核对后重新输入；${c.failureWindowMinutes} 分钟内输错 ${c.failuresPerAccount} 次将暂停尝试。密码未修改`,
    );
  }
  if (change.newPassword === change.currentPassword) return failure('weak-password', '新密码不能与当前密码相同');
  const weak = passwordProblem(change.newPassword, user);
  if (weak) return weak;
  throttle.succeeded(p.username, client.address);
  const passwordHash = await hashPassword(change.newPassword);
  return transact(ctx, async (tx) => {
    await setPassword(tx, user.id, passwordHash, false);
    const ended = await revokeUserSessions(tx, user.id, now, p.sessionId ?? null);
    await appendEvent(tx, actorOf(p), now, {
      courtId: user.courtId,
      caseId: null,
      action: 'user.password-changed',
      entityType: 'user',
      entityId: user.id,
      changes: { otherSessionsEnded: ended, ...(user.mustChangePassword ? { mustChangePassword: { before: true, after: false } } : {}) },
    });
    return success({ otherSessionsEnded: ended });
  });
}
