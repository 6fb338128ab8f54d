import { referenceMethodNames } from '../rules/reference-price.ts';
import { isoInstant } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import {
  platformNames,
  roundStatusNames,
  saleKindNames,
  saleStatusNames,
  type AssetSaleRecord,
  type AuctionRoundRecord,
  type PlatformId,
  type ReferencePriceRecord,
} from './disposal.types.ts';

// Records as the API shows them (disposal.models.ts): money as yuan text, instants as ISO UTC.

export function referencePriceView(rp: ReferencePriceRecord) {
  const last = rp.steps[rp.steps.length - 1];
  return {
    id: rp.id,
    assetId: rp.assetId,
    seizureId: rp.seizureId,
    startedOn: rp.startedOn,
    status: rp.status,
    statusName: rp.status === 'fixed' ? '已确定' : '确定中',
    appraisalRequired: rp.appraisalRequired,
    directedRequested: rp.directedRequested,
    steps: rp.steps.map((s) => ({ ...s, methodName: referenceMethodNames[s.method] })),
    method: rp.method,
    methodName: rp.method && referenceMethodNames[rp.method],
    price: rp.price === null ? null : formatYuan(rp.price),
    fixedOn: rp.fixedOn,
    validUntil: rp.validUntil,
    appraisalDueOn: last?.method === 'appraisal' && !last.reportOn ? last.dueOn : null,
  };
}
export type ReferencePriceView = ReturnType<typeof referencePriceView>;

export function roundView(r: AuctionRoundRecord) {
  return {
    id: r.id,
    assetId: r.assetId,
    referencePriceId: r.referencePriceId,
    round: r.round,
    platform: r.platform,
    platformName: platformNames[r.platform as PlatformId] ?? r.platform,
    startingPrice: formatYuan(r.startingPrice),
    deposit: formatYuan(r.deposit),
    increment: formatYuan(r.increment),
    announcedOn: r.announcedOn,
    biddingStartsAt: isoInstant(r.biddingStartsAt),
    biddingEndsAt: isoInstant(r.biddingEndsAt),
    status: r.status,
    statusName: roundStatusNames[r.status],
    endedAt: r.endedAt && isoInstant(r.endedAt),
    outcomeOn: r.outcomeOn,
    buyer: r.buyer,
    price: r.price === null ? null : formatYuan(r.price),
    reason: r.reason,
    bids: r.bids?.length ?? null,
  };
}
export type RoundView = ReturnType<typeof roundView>;

export function saleView(s: AssetSaleRecord) {
  return {
    id: s.id,
    assetId: s.assetId,
    afterRoundId: s.afterRoundId,
    kind: s.kind,
    kindName: saleKindNames[s.kind],
    price: formatYuan(s.price),
    startedOn: s.startedOn,
    periodEndsOn: s.periodEndsOn,
    status: s.status,
    statusName: saleStatusNames[s.status],
    counterparty: s.counterparty,
    consentOn: s.consentOn,
    completedOn: s.completedOn,
  };
}
export type SaleView = ReturnType<typeof saleView>;
