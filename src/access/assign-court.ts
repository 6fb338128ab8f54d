import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { inScope, type Principal } from './access.types.ts';
import { otherAdministrators, setCourt } from './accounts.repo.ts';
import { appendUserEvent, managedUser, userSummary, type UserSummary } from './managed-user.ts';

export type CourtAssignment = { courtCode: string; scope: 'court' | 'subtree' };

// An account's courts are its court and, with scope 'subtree', every court below it (ADR 0062).
// An administrator assigns only courts of their own reach, no wider than their own scope, and
// never takes the last enabled administrator away from a court.
export async function assignCourt(ctx: AppContext, admin: Principal, userId: string, to: CourtAssignment): Promise<Result<UserSummary>> {
  const court = ctx.courts.byCode(to.courtCode);
  if (!court) return failure('unknown-court', to.courtCode);
  if (!inScope(admin, court.id)) return failure('court-out-of-scope', `${court.name}不在您的管理范围内`);
  if (to.scope === 'subtree' && admin.scope !== 'subtree')
    return failure('scope-too-wide', '您只管理本院，不能授予「本院及下级法院」的范围');
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    const target = await managedUser(tx, admin, userId);
    if (!target.ok) return target;
    const user = target.value;
    if (user.id === admin.userId) return failure('own-account', '不能调整本人的所在法院和范围，请由其他管理员办理');
    // A party's account sees its own cases only; a wider scope would mean nothing.
    const scope = user.role === 'party' ? 'court' : to.scope;
    if (court.id === user.courtId && scope === user.scope) return success(userSummary(ctx, user));
    if (
      court.id !== user.courtId &&
      user.role === 'administrator' &&
      !user.disabled &&
      (await otherAdministrators(tx, user.courtId, user.id)) === 0
    ) {
      const from = ctx.courts.byId(user.courtId)!;
      return failure('last-administrator', `${user.displayName}是${from.name}唯一的系统管理员，调离后该院无人管理账户`);
    }
    await setCourt(tx, user.id, court.id, scope);
    const before = ctx.courts.byId(user.courtId)!;
    await appendUserEvent(tx, admin, now, { id: user.id, courtId: court.id }, 'user.court-assigned', {
      court: { before: before.code, after: court.code },
      scope: { before: user.scope, after: scope },
    });
    return success(userSummary(ctx, { ...user, courtId: court.id, scope }));
  });
}
