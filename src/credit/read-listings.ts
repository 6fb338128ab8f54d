import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { listingsOfCase, listingView, statusOf } from './credit.repo.ts';
import type { ListingView } from './credit.types.ts';

/** The case's dishonest-list decisions, in the order they were made; court staff in the case's scope. */
export async function listCaseListings(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: ListingView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const rows = await listingsOfCase(ctx.db, caseId);
  return success({ items: rows.map((r) => listingView(r, statusOf(r, r.approval_state))) });
}
