import type { AssetKind } from '../shared/asset-kinds.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { Fen } from '../shared/money.ts';

// The asset register and seizures (查封、扣押、冻结) as the assets context knows them.

export const assetSources = ['search', 'report', 'lead', 'officer'] as const;
export type AssetSource = (typeof assetSources)[number];
export const assetSourceNames: Record<AssetSource, string> = {
  search: '网络查控',
  report: '被执行人报告',
  lead: '财产线索',
  officer: '承办人登记',
};

/** A mortgage or other charge on the asset, as recorded (抵押权人 and the amount secured). */
export type Encumbrance = { readonly holder: string; readonly amount: Fen | null; readonly note?: string };

/** `necessary-home`: the debtor's and dependants' necessary home may be sealed but not sold (查封规定 第4条). */
export const exemptFlags = ['necessary-home', 'living-necessity'] as const;
export type ExemptFlag = (typeof exemptFlags)[number];
export const exemptFlagNames: Record<ExemptFlag, string> = {
  'necessary-home': '被执行人及其所扶养家属生活所必需的居住房屋（可查封，不得拍卖、变卖、抵债）',
  'living-necessity': '生活必需品（不得查封、扣押、冻结）',
};

export type AssetRecord = {
  readonly id: string;
  readonly kind: AssetKind;
  readonly identifier: string; // normalised
  readonly identifierDisplay: string; // as first recorded
  readonly institution: string | null;
  readonly ownerName: string | null;
  readonly ownerIdNumber: string | null;
  readonly estimatedValue: Fen | null;
  readonly encumbrances: readonly Encumbrance[];
  readonly exempt: readonly ExemptFlag[];
};

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

export type SeizureRecord = {
  readonly id: string;
  readonly seq: bigint;
  readonly courtId: number;
  readonly caseId: string;
  readonly assetId: string;
  readonly measure: Measure;
  readonly status: SeizureStatus;
  readonly ruledOn: LocalDate;
  readonly noticeOn: LocalDate;
  readonly effectiveFrom: LocalDate | null;
  readonly expiresOn: LocalDate | null;
  readonly termKind: string;
  readonly renewals: number;
  readonly amount: Fen | null;
  readonly deducted: Fen;
  readonly live: boolean;
  readonly endedOn: LocalDate | null;
  readonly releaseReason: ReleaseReason | null;
  readonly releaseNote: string | null;
  readonly registeredAt: Date;
  readonly registeredByName: string;
};
