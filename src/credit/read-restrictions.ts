import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { restrictionsOfCase } from './restrictions.repo.ts';
import { viewsOf } from './restriction-view.ts';
import type { RestrictionView } from './restriction.types.ts';

/** The case's 限制消费令 with their persons and spending requests, in the order they were made. */
export async function listCaseRestrictions(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: RestrictionView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  return success({ items: await viewsOf(ctx.db, await restrictionsOfCase(ctx.db, caseId)) });
}
