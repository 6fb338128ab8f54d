import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { isoInstant } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { savePayee } from './payouts.repo.ts';

export type PayeeInput = { accountName: string; accountNumber: string; bankName: string };
export type PayeeView = PayeeInput & { partyId: string; confirmedByName: string; confirmedAt: string };

/** PUT /cases/{id}/parties/{partyId}/payee-account: the officer records an applicant's confirmed collecting account. */
export async function confirmPayee(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  partyId: string,
  body: PayeeInput,
): Promise<Result<PayeeView>> {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  const accountNumber = body.accountNumber.replace(/[\s-]/g, '');
  if (!/^\d{8,32}$/.test(accountNumber)) return failure('validation-failed', '收款账号应为 8–32 位数字');
  return transact(ctx, async (tx) => {
    const c = await lockCaseFacts(tx, caseId);
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    const party = c.applicants.find((p) => p.id === partyId);
    if (!party) return failure('party-not-applicant');
    const now = ctx.clock.now();
    const payee = {
      partyId,
      accountName: body.accountName.trim(),
      accountNumber,
      bankName: body.bankName.trim(),
      confirmedByName: who.displayName,
      confirmedAt: now,
    };
    await savePayee(tx, c.courtId, c.id, payee);
    await appendEvent(tx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'funds.payee-confirmed',
      entityType: 'party',
      entityId: partyId,
      changes: { party: party.name, accountName: payee.accountName, accountNumber, bankName: payee.bankName },
    });
    return success({ ...payee, confirmedAt: isoInstant(now) });
  });
}
