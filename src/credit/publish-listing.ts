import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { compareDates, localDate, type LocalDate } from '../shared/dates.ts';
import { success, type Result } from '../shared/result.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { caseOfListing, listingsDueForPublication, lockListing, updateListing, type ListingRow } from './credit.repo.ts';
import { restrictsOnListing } from './credit-settings.ts';
import { restrictOnListing } from './order-restriction.ts';
import { approverOf } from './restrictions.repo.ts';
import { notifyRecipients } from './notify.ts';
import { recomputeLevels } from './discipline-levels.ts';

// A decided listing is published when its grace period (宽限期) ends without performance
// (善意文明执行意见 第17条): status `published`, the event `credit.listing-published`.

const sweepActor: Actor = { id: null, name: '系统（失信宽限期届满）' };

/**
 * Publishes a locked, decided listing on `on` (its publish_on or later); the caller holds the case's
 * lock, then the listing's. The debtor is also put under consumption restriction (ADR 0206).
 */
export async function publishLockedListing(ctx: AppContext, tx: Tx, actor: Actor, l: ListingRow, on: LocalDate): Promise<ListingRow> {
  const at = ctx.clock.now();
  const done = await updateListing(tx, l.id, { status: 'published', published_on: on });
  await appendEvent(tx, actor, at, {
    courtId: l.court_id,
    caseId: l.case_id,
    action: 'credit.listing-published',
    entityType: 'dishonest-listing',
    entityId: l.id,
    changes: {
      debtorPartyId: l.debtor_party_id,
      debtor: l.debtor_name,
      ground: l.ground,
      publishedOn: on,
      graceMonths: l.grace_months,
      endsOn: l.ends_on,
    },
  });
  // Publication adds the debtor to the list: every recipient is told (ADR 0205).
  await notifyRecipients(tx, actor, at, done, 'addition');
  // 限制消费规定(2015) 第1条第2款 (UNSURE, the setting ZHIXING_RESTRICT_ON_LISTING): a listed debtor is restricted too.
  if (restrictsOnListing()) await restrictOnListing(ctx, tx, actor, done, (await approverOf(tx, l.approval_id)) ?? actor.name);
  await recomputeLevels(tx, ctx, actor, l.case_id); // 分级惩戒 (ADR 0210)
  return done;
}

/** Publishes one decided listing whose grace ended by `asOf`; false when there is nothing to do. */
export async function publishListing(ctx: AppContext, id: string, asOf: LocalDate): Promise<Result<boolean>> {
  return transact(ctx, async (tx) => {
    const caseId = await caseOfListing(tx, id);
    if (caseId) await lockCaseRow(tx, caseId); // the case first (ADR 0002): publication also orders a restriction
    const l = await lockListing(tx, id);
    if (!l || l.status !== 'decided' || compareDates(localDate(l.publish_on), asOf) > 0) return success(false);
    await publishLockedListing(ctx, tx, sweepActor, l, localDate(l.publish_on));
    return success(true);
  });
}

export const publishListingsSweep: Sweep = {
  name: 'publish-dishonest-listings',
  title: '失信宽限期届满公布',
  description: '纳入失信被执行人名单的决定给予宽限期的，宽限期届满仍未履行的予以公布（记 credit.listing-published 事件）。',
  async run(ctx, o) {
    let after = '00000000-0000-0000-0000-000000000000';
    return inBatches(
      o,
      async (n) => {
        const ids = await listingsDueForPublication(ctx.db, o.asOf, after, n);
        if (ids.length) after = ids.at(-1)!;
        if (o.dryRun) return { examined: ids.length, changed: ids.length };
        let changed = 0;
        for (const id of ids) {
          const r = await publishListing(ctx, id, o.asOf);
          if (r.ok && r.value) changed++;
        }
        return { examined: ids.length, changed };
      },
      100,
    );
  },
};
