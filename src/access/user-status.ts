import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { Principal } from './access.types.ts';
import { otherAdministrators, revokeUserSessions, setDisabled } from './accounts.repo.ts';
import { appendUserEvent, managedUser, userSummary, type UserSummary } from './managed-user.ts';

// Disabling an account ends its sessions at once (and for good: enabling it again revives none).
// No administrator disables themselves, nor the last enabled administrator of a court.
export async function setUserDisabled(ctx: AppContext, admin: Principal, userId: string, disabled: boolean): Promise<Result<UserSummary>> {
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    const target = await managedUser(tx, admin, userId);
    if (!target.ok) return target;
    const user = target.value;
    if (user.id === admin.userId) return failure('own-account', '不能停用或启用本人的账户');
    if (user.disabled === disabled) return success(userSummary(ctx, user));
    if (disabled && user.role === 'administrator' && (await otherAdministrators(tx, user.courtId, user.id)) === 0) {
      const court = ctx.courts.byId(user.courtId)!;
      return failure('last-administrator', `${user.displayName}是${court.name}唯一的系统管理员，停用后该院无人管理账户`);
    }
    await setDisabled(tx, user.id, disabled);
    const ended = disabled ? await revokeUserSessions(tx, user.id, now) : 0;
    await appendUserEvent(tx, admin, now, user, disabled ? 'user.disabled' : 'user.enabled', {
      disabled: { before: !disabled, after: disabled },
      ...(disabled ? { sessionsEnded: ended } : {}),
    });
    return success(userSummary(ctx, { ...user, disabled }));
  });
}
