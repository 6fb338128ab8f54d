import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { payoutSteps } from '../shared/funds.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, lockCaseAccount } from './ledger.repo.ts';
import { insertHold, insertPayout, payeeOf } from './payouts.repo.ts';
import { payoutView, type PayoutView } from './payout-view.ts';

export type PayoutInput = { partyId: string; amount: string };

/**
 * POST /cases/{id}/payouts: asks to pay an applicant from the case account (发放申请). The amount
 * is held at once (available = balance − held), so two payouts can never spend the same money;
 * it leaves the account only when the last step (finance) approves.
 */
export async function requestPayoutIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  body: PayoutInput,
  key: string | undefined,
): Promise<Result<PayoutView>> {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  if (!key) return failure('idempotency-key-required');
  const amount = parseYuan(body.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '发放金额须为正数，最多两位小数');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const party = c.applicants.find((p) => p.id === body.partyId);
  if (!party) return failure('party-not-applicant');
  const payee = await payeeOf(tx, body.partyId);
  if (!payee) return failure('payee-account-missing', `请先登记并确认${party.name}的收款账户`);
  const account = await lockCaseAccount(tx, c.id);
  const available = account.balance - account.held;
  if (amount > available) return failure('insufficient-funds', `可用余额 ${formatYuan(available)} 元，申请发放 ${formatYuan(amount)} 元`);
  const now = ctx.clock.now();
  const p = {
    id: randomUUID(),
    courtId: c.courtId,
    caseId: c.id,
    partyId: body.partyId,
    toCaseId: null,
    reason: null,
    partyName: party.name,
    amount,
    status: 'pending' as const,
    currentStep: 0,
    payeeAccountName: payee.accountName,
    payeeAccountNumber: payee.accountNumber,
    payeeBankName: payee.bankName,
    bankReference: null,
    requestedBy: who.userId,
    requestedByName: who.displayName,
    requestedAt: now,
    updatedAt: now,
    instructionDocumentId: null,
  };
  await insertPayout(tx, p, payoutSteps[0].step);
  await insertHold(
    tx,
    {
      id: randomUUID(),
      courtId: c.courtId,
      caseId: c.id,
      kind: 'payout',
      amount,
      reason: '发放审批中',
      approvedByName: null,
      payoutId: p.id,
    },
    now,
  );
  await changeCaseAccount(tx, account.id, { held: amount });
  await appendEvent(tx, actorOf(who), now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'funds.payout-requested',
    entityType: 'payout',
    entityId: p.id,
    changes: { amount: formatYuan(amount), party: party.name, payee: payee.accountNumber, awaiting: payoutSteps[0].title },
  });
  return success(payoutView(p, []));
}
