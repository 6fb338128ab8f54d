import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { openDeadline, waiveDeadline } from '../deadlines/deadline-changes.ts';
import { isMonetary } from '../shared/asset-kinds.ts';
import type { LocalDate } from '../shared/dates.ts';
import { caseHasAsset, lockAsset } from './assets.repo.ts';
import type { AssetRecord, SeizureRecord } from './assets.types.ts';
import { insertReceipt, lockQueue } from './seizures.repo.ts';
import { receiveIn } from '../funds/post-receipt.ts';
import { success } from '../shared/result.ts';

// What the disposal context asks of the assets context (src/disposal): the seized asset of a case
// under lock, the proceeds of a sale as a case receipt, and the 启动确定参考价 deadline of a seizure.

export const REFERENCE_PRICE_NODE = 'reference-price';

/** An asset that must be sold to pay (not money, which is deducted) and may be (not the necessary home). */
export const needsReferencePrice = (a: Pick<AssetRecord, 'kind' | 'exempt'>): boolean =>
  !isMonetary(a.kind) && !a.exempt.includes('necessary-home');

export type SeizedAsset = { asset: AssetRecord; onCase: boolean; seizure: SeizureRecord | null };

/** Locks the asset and its seizures (lock order: case first, by the caller); the case's effective seizure. */
export async function lockSeizedAsset(tx: Tx, caseId: string, assetId: string): Promise<SeizedAsset | undefined> {
  const asset = await lockAsset(tx, assetId);
  if (!asset) return undefined;
  const onCase = await caseHasAsset(tx, caseId, asset.id);
  const queue = await lockQueue(tx, asset.id);
  return { asset, onCase, seizure: queue.find((s) => s.caseId === caseId && s.status === 'effective') ?? null };
}

export type Proceeds = {
  courtId: number;
  caseId: string;
  amount: bigint;
  receivedOn: LocalDate;
  seizureId: string;
  source: 'auction' | 'sale' | 'set-off';
  disposalId: string;
  byName: string;
};

/**
 * The price of a sale (or the value credited by 以物抵债) as a case receipt. Money paid by a buyer
 * (auction, 变卖) also arrives in the case account in the same transaction (ADR 0140); 以物抵债 pays
 * the claim down without money, so it is no ledger posting. The disposal use cases have already
 * refused a closed case; the account refuses a closed account itself.
 */
export async function recordProceedsIn(tx: Tx, ctx: AppContext, actor: Actor, p: Proceeds, at: Date) {
  const receipt = await insertReceipt(tx, { ...p, confirmation: null }, at);
  if (p.source === 'set-off') return success(receipt);
  const posted = await receiveIn(
    tx,
    ctx,
    actor,
    { id: p.caseId, courtId: p.courtId, status: 'open' },
    {
      amount: p.amount,
      receivedOn: p.receivedOn,
      payerName: p.source === 'auction' ? '网络司法拍卖买受人' : '变卖买受人',
      reference: p.source === 'auction' ? '拍卖成交价款' : '变卖价款',
      source: p.source,
      postingKey: `proceeds:${receipt.id}`,
      from: 'master',
      deductionReceiptId: receipt.id,
    },
  );
  return posted.ok ? success(receipt) : posted;
}

/** Opens 启动确定参考价 for a seizure that took effect on an asset to be sold (S9 第1条). */
export async function openReferencePriceDeadline(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  s: Pick<SeizureRecord, 'id' | 'courtId' | 'caseId'>,
  asset: Pick<AssetRecord, 'kind' | 'exempt'>,
  effectiveOn: LocalDate,
): Promise<void> {
  if (!needsReferencePrice(asset)) return;
  await openDeadline(tx, ctx, actor, at, {
    courtId: s.courtId,
    caseId: s.caseId,
    node: REFERENCE_PRICE_NODE,
    subject: s.id,
    startOn: effectiveOn,
  });
}

/** A seizure that ended before a reference price was sought no longer needs one. */
export async function waiveReferencePriceDeadline(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  s: Pick<SeizureRecord, 'id' | 'caseId'>,
  reason: string,
) {
  const open = await waiveDeadline(tx, ctx, actor, at, { caseId: s.caseId, node: REFERENCE_PRICE_NODE, subject: s.id, reason });
  return open.ok;
}
