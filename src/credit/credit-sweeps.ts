import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { transact } from '../db/transaction.ts';
import { inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { termOverOn } from '../rules/listing-deletion.ts';
import { localDate, type LocalDate } from '../shared/dates.ts';
import { success, type Result } from '../shared/result.ts';
import { listingsPastTerm, lockListing } from './credit.repo.ts';
import { endLockedListing } from './end-listing.ts';
import { lockRecipientFeed, stuckHeads } from './notifications.repo.ts';
import { send } from './notify.ts';
import { creditRecipients } from './recipients.types.ts';

// The daily sweeps of the dishonest list: the end of a listing's term (失信名单规定 第10条第2款:
// deleted within three working days after it), and the notices whose delivery the outbox gave up.

const expiryActor: Actor = { id: null, name: '系统（失信期限届满）' };
const resendActor: Actor = { id: null, name: '系统（失信信息重发）' };

/** Ends one published listing whose term was over by `asOf`; false when there is nothing to do. */
export async function expireListing(ctx: AppContext, id: string, caseId: string, asOf: LocalDate): Promise<Result<boolean>> {
  return transact(ctx, async (tx) => {
    await lockCaseRow(tx, caseId);
    const l = await lockListing(tx, id);
    if (!l || l.status !== 'published' || !l.ends_on || !termOverOn(localDate(l.ends_on), asOf)) return success(false);
    await endLockedListing(ctx, tx, expiryActor, l, { ground: 'term-expired', on: localDate(l.ends_on), reason: null });
    return success(true);
  });
}

export const expireListingsSweep: Sweep = {
  name: 'expire-dishonest-listings',
  title: '失信期限届满删除',
  description:
    '有纳入期限的失信信息，期限届满后三个工作日内删除（失信名单规定 第10条第2款），并通知每个接收方（记 credit.listing-expired 事件）。',
  async run(ctx, o) {
    let after = '00000000-0000-0000-0000-000000000000';
    return inBatches(
      o,
      async (n) => {
        const rows = await listingsPastTerm(ctx.db, o.asOf, after, n);
        if (rows.length) after = rows.at(-1)!.id;
        if (o.dryRun) return { examined: rows.length, changed: rows.length };
        let changed = 0;
        for (const r of rows) {
          const done = await expireListing(ctx, r.id, r.case_id, o.asOf);
          if (done.ok && done.value) changed++;
        }
        return { examined: rows.length, changed };
      },
      100,
    );
  },
};

/** Sends again each recipient's head notice that is stuck (its turn missed, or its request given up). */
export async function resendStuckNotices(ctx: AppContext, dryRun = false): Promise<{ examined: number; changed: number }> {
  const stuck = await stuckHeads(
    ctx.db,
    creditRecipients.map((r) => r.id),
  );
  if (dryRun) return { examined: creditRecipients.length, changed: stuck.length };
  let changed = 0;
  for (const head of stuck) {
    const r = await transact(ctx, async (tx) => {
      await lockRecipientFeed(tx, head.recipient);
      const again = (await stuckHeads(tx, [head.recipient]))[0];
      if (again?.id !== head.id) return success(false);
      await send(tx, resendActor, ctx.clock.now(), again);
      return success(true);
    });
    if (r.ok && r.value) changed++;
  }
  return { examined: creditRecipients.length, changed };
}

export const resendNoticesSweep: Sweep = {
  name: 'resend-credit-notices',
  title: '失信信息通知重发',
  description: '纳入、删除失信信息的通知，接收方长时间未确认而放弃投递的，按原顺序重新发出，直到每个接收方确认收到。',
  async run(ctx, o) {
    const r = await resendStuckNotices(ctx, o.dryRun);
    return { ...r, done: true };
  },
};
