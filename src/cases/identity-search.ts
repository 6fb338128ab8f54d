import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { success } from '../shared/result.ts';
import { logPersonalDataReadsIn } from '../access/personal-data.ts';

// A search of the case list by an ID number or a credit code asks "in which cases is this person
// a party?": the answer is personal data even where the list shows no number. Every such search
// is an audit event of the searcher's court (the number searched and how many cases it found,
// also when none), and each case it found is a personal-data read (ADR 0061).

// A resident ID (18 characters, or the old 15 digits) or a unified social credit code (18).
const IDENTITY_LIKE = /^(?:[0-9A-Z]{18}|\d{15})$/;

/** The identity a `party` filter searches for, as the list compares it, if it is one. */
export function searchedIdentity(party: string | undefined): string | null {
  const term = party?.trim().toUpperCase();
  return term && IDENTITY_LIKE.test(term) ? term : null;
}

export async function logIdentitySearch(
  ctx: AppContext,
  who: Principal,
  identity: string,
  found: readonly { id: string; court_id: number }[],
): Promise<void> {
  const now = ctx.clock.now();
  await transact(ctx, async (tx) => {
    await appendEvent(tx, actorOf(who), now, {
      courtId: who.courtId,
      caseId: null,
      action: 'case.searched-by-identity',
      entityType: 'user',
      entityId: who.userId || 'system',
      changes: { identity, found: found.length },
    });
    if (who.userId)
      await logPersonalDataReadsIn(
        tx,
        found.map((c) => ({ courtId: c.court_id, caseId: c.id, userId: who.userId, purpose: 'case.search.identity', readAt: now })),
      );
    return success(undefined);
  });
}
