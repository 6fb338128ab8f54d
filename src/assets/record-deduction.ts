import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { isMonetary } from '../shared/asset-kinds.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { receiveIn } from '../funds/post-receipt.ts';
import { lockAsset } from './assets.repo.ts';
import { insertReceipt, lockQueue, seizureById, updateSeizure } from './seizures.repo.ts';

export type Deduction = { amount: string; deductedOn: LocalDate; confirmation?: string | undefined };
export type Deducted = { receiptId: string; seizureId: string; amount: string; frozenRemaining: string; receivedOn: LocalDate };

/**
 * 扣划: frozen money turned into case money. The bank's confirmed deduction becomes a receipt on
 * the case (source 'deduction', in the shape the funds ledger will post) and lowers the frozen amount.
 */
export async function recordDeductionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  seizureId: string,
  d: Deduction,
): Promise<Result<Deducted>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const amount = parseYuan(d.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '扣划金额须为正数');
  if (compareDates(d.deductedOn, ctx.clock.today()) > 0) return failure('date-in-future', '扣划日期不能晚于今天');
  const pre = await seizureById(tx, seizureId);
  if (!pre) return failure('seizure-not-found');
  const c = await lockCaseForSeizure(tx, pre.caseId);
  if (!c || !inScope(who, c.courtId)) return failure('seizure-not-found');
  const asset = (await lockAsset(tx, pre.assetId))!;
  const s = (await lockQueue(tx, asset.id)).find((q) => q.id === seizureId);
  if (!s || s.status !== 'effective' || s.measure !== 'freeze' || !isMonetary(asset.kind) || s.amount === null)
    return failure('deduction-not-allowed');
  const remaining = s.amount - s.deducted;
  if (amount > remaining) return failure('deduction-exceeds-frozen', `尚冻结 ${formatYuan(remaining)} 元`);
  if (compareDates(d.deductedOn, s.effectiveFrom!) < 0)
    return failure('seizure-dates-invalid', `扣划日期不能早于冻结生效日期 ${s.effectiveFrom}`);
  const now = ctx.clock.now();
  const confirmation = d.confirmation?.trim() || null;
  const updated = await updateSeizure(tx, s.id, { deducted: s.deducted + amount });
  const receipt = await insertReceipt(
    tx,
    { courtId: c.courtId, caseId: c.id, amount, receivedOn: d.deductedOn, seizureId: s.id, confirmation, byName: who.displayName },
    now,
  );
  // The deducted money arrives in the case account in the same transaction (ADR 0140).
  const posted = await receiveIn(tx, ctx, actorOf(who), c, {
    amount,
    receivedOn: d.deductedOn,
    payerName: asset.ownerName ?? asset.institution ?? '被执行人',
    reference: confirmation ?? `扣划 ${asset.identifierDisplay}`,
    source: 'deduction',
    postingKey: `deduction:${receipt.id}`,
    from: 'master',
    deductionReceiptId: receipt.id,
  });
  if (!posted.ok) return posted;
  const left = updated.amount! - updated.deducted;
  await appendEvent(tx, actorOf(who), now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.deduction-received',
    entityType: 'receipt',
    entityId: receipt.id,
    changes: {
      amount: formatYuan(amount),
      receivedOn: d.deductedOn,
      source: 'deduction',
      seizureId: s.id,
      asset: { id: asset.id, kind: asset.kind, identifier: asset.identifierDisplay, institution: asset.institution },
      frozenRemaining: formatYuan(left),
      ...(confirmation ? { confirmation } : {}),
    },
  });
  return success({
    receiptId: receipt.id,
    seizureId: s.id,
    amount: formatYuan(amount),
    frozenRemaining: formatYuan(left),
    receivedOn: d.deductedOn,
  });
}
