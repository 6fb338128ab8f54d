import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { listingById } from './credit.repo.ts';
import { correctionsOfListing, correctionView } from './corrections.repo.ts';
import type { CorrectionView } from './correction.types.ts';

/** GET /dishonest-listings/{id}/corrections: the listing's correction requests, for court staff in its court's scope. */
export async function listListingCorrections(ctx: AppContext, who: Principal, id: string): Promise<Result<{ items: CorrectionView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const l = await listingById(ctx.db, id);
  if (!l || !inScope(who, l.court_id)) return failure('dishonest-listing-not-found');
  const rows = await correctionsOfListing(ctx.db, id);
  return success({ items: rows.map((r) => correctionView(r, (c) => ctx.courts.byId(c)?.name ?? null)) });
}
