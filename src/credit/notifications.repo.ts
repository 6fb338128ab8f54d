import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { CreditNotificationsTable } from '../db/credit-schema.ts';
import { isUuid } from '../shared/ids.ts';

// The notices of the dishonest list to its recipients (credit_notifications): the only SQL of the
// feed. A recipient's notices leave one at a time in seq order; the per-recipient advisory lock
// orders the writer of a new notice and the acknowledgement that sends the next one.

export type NotificationRow = Selectable<CreditNotificationsTable>;

/** Serialises, per recipient, the decision whether a notice may leave now (take them in recipient order). */
export async function lockRecipientFeed(tx: Tx, recipient: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`zhixing.credit-feed:${recipient}`}))`.execute(tx);
}

export async function insertNotification(tx: Tx, row: Insertable<CreditNotificationsTable>): Promise<NotificationRow | undefined> {
  return tx
    .insertInto('credit_notifications')
    .values(row)
    .onConflict((oc) => oc.columns(['listing_id', 'recipient', 'kind', 'ref']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The recipient's first notice not yet acknowledged (the head of its queue), if any. */
export async function headOf(db: Executor, recipient: string): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('credit_notifications')
    .selectAll()
    .where('recipient', '=', recipient)
    .where('state', '<>', 'acknowledged')
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
}

export async function markSent(tx: Tx, id: string, requestId: string, at: Date): Promise<void> {
  await tx.updateTable('credit_notifications').set({ state: 'sent', request_id: requestId, sent_at: at }).where('id', '=', id).execute();
}

export async function notificationOfRequest(tx: Tx, requestId: string): Promise<NotificationRow | undefined> {
  return tx.selectFrom('credit_notifications').selectAll().where('request_id', '=', requestId).forUpdate().executeTakeFirst();
}

export async function acknowledge(tx: Tx, id: string, at: Date, reference: string | null): Promise<void> {
  await tx
    .updateTable('credit_notifications')
    .set({ state: 'acknowledged', acknowledged_at: at, reference })
    .where('id', '=', id)
    .where('state', '<>', 'acknowledged')
    .execute();
}

export async function unacknowledgedDeletions(db: Executor, listingId: string): Promise<number> {
  const r = await db
    .selectFrom('credit_notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('listing_id', '=', listingId)
    .where('kind', '=', 'deletion')
    .where('state', '<>', 'acknowledged')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type NotificationWithRequest = NotificationRow & { attempts: number | null; request_status: string | null };

export async function notificationsOfListing(db: Executor, listingId: string): Promise<NotificationWithRequest[]> {
  if (!isUuid(listingId)) return [];
  return db
    .selectFrom('credit_notifications as n')
    .leftJoin('outbound_requests as r', 'r.id', 'n.request_id')
    .selectAll('n')
    .select(['r.attempts', 'r.status as request_status'])
    .where('n.listing_id', '=', listingId)
    .orderBy('n.seq')
    .execute();
}

/**
 * Heads that cannot move on by themselves: queued with nothing ahead (their turn was missed), or
 * sent on a request the outbox gave up (failed or timed out). The resend sweep sends them again.
 */
export async function stuckHeads(db: Executor, recipients: readonly string[]): Promise<NotificationRow[]> {
  const out: NotificationRow[] = [];
  for (const recipient of recipients) {
    const head = await db
      .selectFrom('credit_notifications as n')
      .leftJoin('outbound_requests as r', 'r.id', 'n.request_id')
      .selectAll('n')
      .select('r.status as request_status')
      .where('n.recipient', '=', recipient)
      .where('n.state', '<>', 'acknowledged')
      .orderBy('n.seq')
      .limit(1)
      .executeTakeFirst();
    if (head && (head.state === 'queued' || head.request_status === 'failed' || head.request_status === 'timed-out')) out.push(head);
  }
  return out;
}

export type NoticeFacts = { caseNumber: string; court: string; identity: string };

/** What a notice names besides the listing: the case number, the court and the debtor's identity. */
export async function noticeFacts(db: Executor, caseId: string, partyId: string): Promise<NoticeFacts> {
  return db
    .selectFrom('cases as c')
    .innerJoin('courts as t', 't.id', 'c.court_id')
    .innerJoin('case_parties as p', 'p.case_id', 'c.id')
    .select(['c.case_number as caseNumber', 't.name as court', sql<string>`coalesce(p.credit_code, p.id_number, '')`.as('identity')])
    .where('c.id', '=', caseId)
    .where('p.id', '=', partyId)
    .executeTakeFirstOrThrow();
}
