import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import type { AnswerHandler } from '../outbox/answer-handlers.ts';
import { enqueueRequest } from '../outbox/enqueue-request.ts';
import { fixedClock } from '../platform/clock.ts';
import { defaultCalendar } from '../rules/calendar.ts';
import { localDateAt } from '../shared/dates.ts';
import { isRecord } from '../shared/json.ts';
import { listingById, lockListing, type ListingRow } from './credit.repo.ts';
import {
  acknowledge,
  headOf,
  insertNotification,
  lockRecipientFeed,
  markSent,
  noticeFacts,
  notificationOfRequest,
  unacknowledgedDeletions,
  type NotificationRow,
} from './notifications.repo.ts';
import { appendFeedEntry } from './public-listings.repo.ts';
import { CREDIT_NOTIFICATION, creditRecipients, type CreditNotice } from './recipients.types.ts';

// Every addition to the dishonest list (at publication) and every deletion is told to each
// recipient (ADR 0205). A recipient's notices leave one at a time in the order they were made: the
// outbox retries the one in flight until the recipient answers (about two and a half days of
// outage), the answer acknowledges it and sends the next. So a recipient that was down receives
// everything, in order, once it is back; the resend sweep picks up a notice whose request was
// given up. The deletion's deadline (three working days) is met when the last recipient acknowledges.

/** Retries of one notice: with a 5-minute backoff cap, about 62 hours of a recipient's outage. */
export const NOTICE_MAX_ATTEMPTS = 1000;

/**
 * Makes the notices of an addition or a deletion of the listing, one per recipient, in the caller's
 * transaction (after its listing lock); each one whose recipient has nothing ahead of it leaves now.
 */
export async function notifyRecipients(
  tx: Tx,
  actor: Actor,
  at: Date,
  l: ListingRow,
  kind: 'addition' | 'deletion' | 'correction',
  ref = '', // a correction's notices: the correction request's id (ADR 0211)
): Promise<number> {
  // The recipients' pull feed (GET /credit/feed, ADR 0208) gets the same entry, first; a correction
  // is not a feed entry: the feed reads the listing's current (corrected) data.
  const on = (kind === 'addition' ? l.published_on : l.ended_on) ?? localDateAt(at);
  if (kind !== 'correction')
    await appendFeedEntry(tx, { court_id: l.court_id, case_id: l.case_id, listing_id: l.id, kind, occurred_on: on, recorded_at: at });
  let made = 0;
  for (const r of creditRecipients) {
    await lockRecipientFeed(tx, r.id);
    const row = await insertNotification(tx, {
      id: randomUUID(),
      court_id: l.court_id,
      case_id: l.case_id,
      listing_id: l.id,
      recipient: r.id,
      kind,
      state: 'queued',
      created_at: at,
      ref,
    });
    if (!row) continue;
    made++;
    if ((await headOf(tx, r.id))?.id === row.id) await send(tx, actor, at, row, l);
  }
  return made;
}

/** Sends one notice through the outbox (its recipient's feed lock held). */
export async function send(tx: Tx, actor: Actor, at: Date, n: NotificationRow, listing?: ListingRow): Promise<void> {
  const l = listing ?? (await listingById(tx, n.listing_id))!;
  const facts = await noticeFacts(tx, l.case_id, l.debtor_party_id);
  const notice: CreditNotice = {
    notificationId: n.id,
    seq: String(n.seq),
    kind: n.kind,
    listingId: l.id,
    caseNumber: facts.caseNumber,
    court: facts.court,
    debtor: { name: l.debtor_name, kind: l.debtor_kind, identity: l.corrected_credit_code ?? l.corrected_id_number ?? facts.identity },
    ground: l.ground,
    on: (n.kind === 'addition' ? l.published_on : n.kind === 'deletion' ? l.ended_on : null) ?? localDateAt(n.created_at),
    ...(n.kind === 'deletion' && l.end_ground ? { deletionGround: l.end_ground } : {}),
  };
  const request = await enqueueRequest(tx, actor, at, {
    courtId: n.court_id,
    caseId: n.case_id,
    institution: n.recipient,
    kind: CREDIT_NOTIFICATION,
    payload: notice,
    maxAttempts: NOTICE_MAX_ATTEMPTS,
  });
  await markSent(tx, n.id, request.id, at);
}

/** A recipient's answer acknowledges the notice in flight and sends its next one. */
export const creditNotificationAnswerHandler: AnswerHandler = {
  kind: CREDIT_NOTIFICATION,
  async onAnswer(tx, actor, at, request, answer) {
    const n = await notificationOfRequest(tx, request.id);
    if (!n || n.state === 'acknowledged') return; // an answer to a request that was sent again
    // Lock order: case → listing → the recipient's feed → deadlines (ADR 0205).
    if (n.kind === 'deletion') {
      await lockCaseRow(tx, n.case_id);
      await lockListing(tx, n.listing_id);
    }
    await lockRecipientFeed(tx, n.recipient);
    const reference = isRecord(answer) && typeof answer.reference === 'string' ? answer.reference.slice(0, 200) : null;
    await acknowledge(tx, n.id, at, reference);
    const next = await headOf(tx, n.recipient);
    if (next?.state === 'queued') await send(tx, actor, at, next);
    if (n.kind === 'deletion' && (await unacknowledgedDeletions(tx, n.listing_id)) === 0) {
      const ctx = { calendar: defaultCalendar, clock: fixedClock(at.toISOString()) };
      await meetDeadline(tx, ctx, actor, at, {
        caseId: n.case_id,
        node: 'dishonest-deletion',
        subject: n.listing_id,
        metOn: localDateAt(at),
      });
    }
  },
};
