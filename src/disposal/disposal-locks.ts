import { inScope, type Principal } from '../access/access.types.ts';
import { lockSeizedAsset } from '../assets/disposal-facts.ts';
import type { AssetRecord, SeizureRecord } from '../assets/assets.types.ts';
import { lockCaseForSeizure, type CaseForSeizure } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { isMonetary } from '../shared/asset-kinds.ts';
import { isUuid } from '../shared/ids.ts';
import { failure, success, type Result } from '../shared/result.ts';

// The locks every disposal step takes first, in the order of ADR 0100: the case row, then the
// asset and its seizures (the disposal's own rows after them). An asset may be disposed of only
// while this case's seizure of it is in effect, and never if it is money or the necessary home.

export type Disposable = { c: CaseForSeizure; asset: AssetRecord; seizure: SeizureRecord };

export async function lockDisposable(tx: Tx, who: Principal, caseId: string, assetId: string): Promise<Result<Disposable>> {
  const c = await lockCaseForSeizure(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (!isUuid(assetId)) return failure('asset-not-found');
  const seized = await lockSeizedAsset(tx, c.id, assetId);
  if (!seized) return failure('asset-not-found');
  if (!seized.onCase) return failure('asset-not-on-case');
  if (seized.asset.exempt.includes('necessary-home')) return failure('asset-exempt-from-sale');
  if (isMonetary(seized.asset.kind)) return failure('asset-not-for-sale');
  if (!seized.seizure) return failure('asset-not-seized');
  return success({ c, asset: seized.asset, seizure: seized.seizure });
}
