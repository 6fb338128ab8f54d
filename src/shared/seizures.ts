import type { AssetKind } from './asset-kinds.ts';

// The words of seizures (查封、扣押、冻结) shared by the server's assets context and the web app:
// the measures and the asset classes each fits, the states of a seizure, the lawful reasons to release.

export const measures = ['freeze', 'seal', 'seize'] as const;
export type Measure = (typeof measures)[number];
export const measureNames: Record<Measure, string> = { freeze: '冻结', seal: '查封', seize: '扣押' };

/** Which measures fit which asset classes: money and rights are frozen, registered things sealed, movables seized. */
export const measuresOf: Record<AssetKind, readonly Measure[]> = {
  deposit: ['freeze'],
  'wealth-product': ['freeze'],
  'real-estate': ['seal'],
  vehicle: ['seal', 'seize'],
  securities: ['freeze'],
  equity: ['freeze'],
  'online-payment': ['freeze'],
  'housing-fund': ['freeze'],
  insurance: ['freeze'],
  ship: ['seal', 'seize'],
  other: ['freeze', 'seal', 'seize'],
};

export const seizureStatuses = ['effective', 'waiting', 'released', 'lapsed'] as const;
export type SeizureStatus = (typeof seizureStatuses)[number];
export const seizureStatusNames: Record<SeizureStatus, string> = {
  effective: '生效中',
  waiting: '轮候',
  released: '已解除',
  lapsed: '期满失效',
};

// 查封规定(2020) 第28条 lists when a seizure must be released; 第19条 the release of an excess.
export const releaseReasons = [
  'third-party-property',
  'claim-withdrawn',
  'unsold-no-acceptance',
  'debt-paid',
  'security-provided',
  'excess',
  'other',
] as const;
export type ReleaseReason = (typeof releaseReasons)[number];
export const releaseReasonNames: Record<ReleaseReason, string> = {
  'third-party-property': '财产属于案外人（查封规定 第28条第1项）',
  'claim-withdrawn': '申请执行人撤回执行申请或者放弃债权（第28条第2项）',
  'unsold-no-acceptance': '流拍或者变卖不成，申请执行人等不同意以物抵债，且无其他执行措施（第28条第3项）',
  'debt-paid': '债务已经清偿（第28条第4项）',
  'security-provided': '被执行人提供担保且申请执行人同意解除（第28条第5项）',
  excess: '超标的查封，解除超出部分（第19条）',
  other: '人民法院认为应当解除的其他情形（第28条第6项）',
};
