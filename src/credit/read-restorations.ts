import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { ownPartyIds } from '../cases/party-cases.ts';
import { isRestorable } from '../rules/credit-restoration.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { listingById, listingsOfCase, listingView, statusOf } from './credit.repo.ts';
import { restorationsOfListings, restorationView } from './restoration.repo.ts';
import type { PartyListingView, RestorationView } from './restoration.types.ts';

/** GET /dishonest-listings/{id}/restorations: the listing's restoration requests, oldest first (court staff). */
export async function listListingRestorations(ctx: AppContext, who: Principal, id: string): Promise<Result<{ items: RestorationView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const l = await listingById(ctx.db, id);
  if (!l || !inScope(who, l.court_id)) return failure('dishonest-listing-not-found');
  const rows = await restorationsOfListings(ctx.db, [l.id]);
  return success({ items: rows.map((r) => restorationView(r, r.debtor_name)) });
}

/**
 * GET /party/cases/{id}/dishonest-listings: the caller's own listings as the case's debtor, in force or
 * ended, with their restoration requests. A listing still before the 院长 or refused by him is not
 * the debtor's yet; a case where the caller is no debtor reads as empty, one where it is no party as not found.
 */
export async function ownCaseListings(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: PartyListingView[] }>> {
  if (!can(who, 'party.case.read')) return failure('case-not-found');
  const parties = await ownPartyIds(ctx.db, caseId, who.partyIdentity);
  if (parties.length === 0) return failure('case-not-found');
  const rows = (await listingsOfCase(ctx.db, caseId))
    .map((r) => ({ r, v: listingView(r, statusOf(r, r.approval_state)) }))
    .filter(({ r, v }) => parties.includes(r.debtor_party_id) && v.status !== 'pending' && v.status !== 'rejected');
  const restorations = await restorationsOfListings(
    ctx.db,
    rows.map(({ r }) => r.id),
  );
  return success({
    items: rows.map(({ v }) => ({
      id: v.id,
      caseId: v.caseId,
      debtorName: v.debtorName,
      ground: v.ground,
      groundName: v.groundName,
      decidedOn: v.decidedOn,
      publishOn: v.publishOn,
      publishedOn: v.publishedOn,
      endsOn: v.endsOn,
      status: v.status,
      statusName: v.statusName,
      endedOn: v.endedOn,
      endGroundName: v.endGroundName,
      restorable: isRestorable(v.status) && !restorations.some((x) => x.listing_id === v.id && x.state === 'pending'),
      restorations: restorations.filter((x) => x.listing_id === v.id).map((x) => restorationView(x, x.debtor_name)),
    })),
  });
}
