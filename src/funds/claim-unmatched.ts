import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { compareDates } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { meetClaimDeadline } from './funds-deadlines.ts';
import { postingKeyOf, receiveIn, type Receipt } from './post-receipt.ts';
import { findUnmatched, lockUnmatched, markClaimed, suggestionsFor, unmatchedOfCourt } from './statements.repo.ts';

/** GET /funds/unmatched: the court's 暂存款 waiting to be claimed, with suggested cases and the claim deadline. */
export async function unmatchedQueue(ctx: AppContext, who: Principal, state: 'waiting' | 'claimed' = 'waiting') {
  if (!can(who, 'case.read')) return failure('forbidden');
  const today = ctx.clock.today();
  const rows = await unmatchedOfCourt(ctx.db, who.courtId, state);
  const items = [];
  for (const u of rows)
    items.push({
      id: u.id,
      amount: formatYuan(u.amount),
      receivedOn: u.receivedOn,
      payerName: u.payerName,
      payerAccount: u.payerAccount,
      remark: u.remark,
      bankReference: u.bankReference,
      claimBy: u.claimBy,
      overdue: u.state === 'waiting' && compareDates(u.claimBy, today) < 0,
      state: u.state,
      claimedByName: u.claimedByName,
      suggestions: u.state === 'waiting' ? await suggestionsFor(ctx.db, u) : [],
    });
  return success({ items });
}

/** POST /funds/unmatched/{id}/claim: 暂存款 claimed to a case; it moves from the suspense account to the case account. */
export async function claimUnmatchedIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  body: { caseId: string },
  key: string | undefined,
): Promise<Result<Receipt>> {
  if (!can(who, 'funds.post')) return failure('forbidden');
  if (!key) return failure('idempotency-key-required');
  const u = isUuid(id) ? await findUnmatched(tx, id) : undefined;
  if (!u || !inScope(who, u.courtId)) return failure('unmatched-not-found');
  const c = await lockCaseForSeizure(tx, body.caseId);
  if (!c || c.courtId !== u.courtId) return failure('case-not-found', '只能认领到本院的案件');
  const locked = await lockUnmatched(tx, id);
  if (locked?.state !== 'waiting') return failure('unmatched-claimed');
  const r = await receiveIn(tx, ctx, actorOf(who), c, {
    amount: u.amount,
    receivedOn: u.receivedOn,
    payerName: u.payerName,
    payerAccount: u.payerAccount,
    reference: u.bankReference,
    source: 'claim',
    postingKey: postingKeyOf(who, key),
    from: 'suspense',
    unmatchedId: u.id,
  });
  if (!r.ok) return r;
  await markClaimed(tx, id, { caseId: c.id, receiptId: r.value.id, at: ctx.clock.now(), byName: who.displayName });
  await meetClaimDeadline(tx, ctx, actorOf(who), ctx.clock.now(), { courtId: u.courtId, unmatchedId: u.id });
  return success(r.value);
}
