import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { isoInstant } from '../shared/dates.ts';
import { listingById, listingsOfCase, listingView, statusOf } from './credit.repo.ts';
import { notificationsOfListing, type NotificationRow, type NotificationWithRequest } from './notifications.repo.ts';
import { creditRecipients, notificationStateNames } from './recipients.types.ts';
import type { ListingView } from './credit.types.ts';

/** The case's dishonest-list decisions, in the order they were made; court staff in the case's scope. */
export async function listCaseListings(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: ListingView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const rows = await listingsOfCase(ctx.db, caseId);
  return success({ items: rows.map((r) => listingView(r, statusOf(r, r.approval_state))) });
}

/** One listing, for court staff in its court's scope. */
export async function readListing(ctx: AppContext, who: Principal, id: string): Promise<Result<ListingView>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const r = await listingById(ctx.db, id);
  if (!r || !inScope(who, r.court_id)) return failure('dishonest-listing-not-found');
  return success(listingView(r, statusOf(r, r.approval_state)));
}

type Delivery = {
  state: NotificationRow['state'];
  stateName: string;
  sentAt: string | null;
  acknowledgedAt: string | null;
  reference: string | null;
  attempts: number;
};

const deliveryOf = (n: NotificationWithRequest | undefined): Delivery | null =>
  n
    ? {
        state: n.state,
        stateName: notificationStateNames[n.state],
        sentAt: n.sent_at ? isoInstant(n.sent_at) : null,
        acknowledgedAt: n.acknowledged_at ? isoInstant(n.acknowledged_at) : null,
        reference: n.reference,
        attempts: n.attempts ?? 0,
      }
    : null;

/** GET /dishonest-listings/{id}/notifications: each recipient with its addition's and deletion's delivery. */
export async function readListingNotifications(ctx: AppContext, who: Principal, id: string) {
  if (!can(who, 'case.read')) return failure('forbidden');
  const r = await listingById(ctx.db, id);
  if (!r || !inScope(who, r.court_id)) return failure('dishonest-listing-not-found');
  const rows = await notificationsOfListing(ctx.db, id);
  const items = creditRecipients.map((rc) => ({
    recipient: rc.id,
    recipientName: rc.name,
    addition: deliveryOf(rows.find((n) => n.recipient === rc.id && n.kind === 'addition')),
    deletion: deliveryOf(rows.find((n) => n.recipient === rc.id && n.kind === 'deletion')),
  }));
  return success({
    listingId: r.id,
    status: statusOf(r, r.approval_state),
    deletionDueOn: r.deletion_due_on,
    allAcknowledged: rows.every((n) => n.state === 'acknowledged'),
    items,
  });
}
