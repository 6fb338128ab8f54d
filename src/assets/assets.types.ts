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

export {
  measures,
  measureNames,
  measuresOf,
  seizureStatuses,
  seizureStatusNames,
  releaseReasons,
  releaseReasonNames,
  type Measure,
  type SeizureStatus,
  type ReleaseReason,
} from '../shared/seizures.ts';
import type { Measure, ReleaseReason, SeizureStatus } from '../shared/seizures.ts';

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
