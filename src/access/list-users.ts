import type { AppContext } from '../platform/context.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { can, inScope, type Principal, type Role } from './access.types.ts';
import { findUsers } from './accounts.repo.ts';
import { userSummary, type UserSummary } from './managed-user.ts';

export type UserQuery = { court?: string; role?: Role; q?: string; offset?: number; limit?: number };

/** The accounts of the administrator's courts (or of one of them), by court and username, paged. */
export async function listUsers(
  ctx: AppContext,
  admin: Principal,
  query: UserQuery,
): Promise<Result<{ total: number; items: UserSummary[] }>> {
  if (!can(admin, 'user.manage')) return failure('forbidden');
  let courtIds = admin.courtIds;
  if (query.court) {
    const court = ctx.courts.byCode(query.court);
    if (!court) return failure('unknown-court', query.court);
    if (!inScope(admin, court.id)) return failure('court-out-of-scope', `${court.name}不在您的管理范围内`);
    courtIds = [court.id];
  }
  const text = query.q?.trim();
  const page = await findUsers(ctx.db, {
    courtIds,
    role: query.role,
    text: text || undefined,
    offset: query.offset ?? 0,
    limit: query.limit ?? 20,
  });
  return success({ total: page.total, items: page.rows.map((r) => userSummary(ctx, r)) });
}
