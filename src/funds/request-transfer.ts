import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { payoutSteps } from '../shared/funds.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, lockCaseAccount } from './ledger.repo.ts';
import { insertHold, insertPayout } from './payouts.repo.ts';
import { payoutView, type PayoutView } from './payout-view.ts';
import { transferTargetId } from './transfers.repo.ts';

export type TransferInput = { toCaseId?: string | undefined; toCaseNumber?: string | undefined; amount: string; reason: string };

/** What a transfer's payee columns hold: the target case's account in the court's own bank account. */
export const TRANSFER_BANK = '本院执行款专户（案款划转）';

/**
 * POST /cases/{id}/transfers: asks to move money from this case's account to another case's of the
 * same court (执行款划转, ADR 0185). A payout row awaiting the payout's steps (承办人 → 执行局长 →
 * 财务人员), the amount held at once; both case rows are locked in ascending id (ADR 0002).
 */
export async function requestTransferIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  body: TransferInput,
  key: string | undefined,
): Promise<Result<PayoutView>> {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  if (!key) return failure('idempotency-key-required');
  const amount = parseYuan(body.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '划转金额须为正数，最多两位小数');
  const reason = body.reason.trim();
  if (!reason) return failure('validation-failed', '请写明划转事由');
  if ((body.toCaseId === undefined) === (body.toCaseNumber === undefined))
    return failure('transfer-target-required', '请填写目标案件的案号或编号（二者选一）');
  const targetId = await transferTargetId(tx, body);
  if (targetId === caseId) return failure('transfer-same-case');
  const [first, second] = [caseId, targetId ?? caseId].sort();
  const locked = new Map([[first!, await lockCaseForSeizure(tx, first!)]]);
  if (second !== first) locked.set(second!, await lockCaseForSeizure(tx, second!));
  const c = locked.get(caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const target = targetId ? locked.get(targetId) : undefined;
  if (!target || target.courtId !== c.courtId) return failure('transfer-target-not-found');
  if (target.status === 'closed') return failure('transfer-target-closed', `${target.caseNumber}已结案，其案款账户不能再入账`);
  const account = await lockCaseAccount(tx, c.id);
  const available = account.balance - account.held;
  if (amount > available) return failure('insufficient-funds', `可用余额 ${formatYuan(available)} 元，申请划转 ${formatYuan(amount)} 元`);
  const targetAccount = await lockCaseAccount(tx, target.id);
  const now = ctx.clock.now();
  const p = {
    id: randomUUID(),
    courtId: c.courtId,
    caseId: c.id,
    partyId: null,
    toCaseId: target.id,
    reason,
    partyName: target.caseNumber,
    amount,
    status: 'pending' as const,
    currentStep: 0,
    payeeAccountName: `${target.caseNumber}案款账户`,
    payeeAccountNumber: targetAccount.number,
    payeeBankName: TRANSFER_BANK,
    bankReference: null,
    requestedBy: who.userId,
    requestedByName: who.displayName,
    requestedAt: now,
    updatedAt: now,
    instructionDocumentId: null,
  };
  await insertPayout(tx, p, payoutSteps[0].step);
  const hold = { id: randomUUID(), courtId: c.courtId, caseId: c.id, kind: 'payout', amount, approvedByName: null, payoutId: p.id };
  await insertHold(tx, { ...hold, reason: '划转审批中' }, now);
  await changeCaseAccount(tx, account.id, { held: amount });
  const changes = { amount: formatYuan(amount), from: c.caseNumber, to: target.caseNumber, reason, awaiting: payoutSteps[0].title };
  for (const at of [c, target])
    await appendEvent(tx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: at.id,
      action: 'funds.transfer-requested',
      entityType: 'payout',
      entityId: p.id,
      changes,
    });
  return success(payoutView(p, []));
}
