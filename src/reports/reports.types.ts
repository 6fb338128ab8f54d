import type { AssetKind } from '../shared/asset-kinds.ts';

// The debtor's asset report (财产报告), its verification (核查) and the sanctions for breaching
// the reporting duty (罚款, 拘留; 民诉法 第118条, 财产调查规定 第9–10条).

/** Reportable changes since one year before the notice (财产调查规定 第6条). */
export const changeKinds = ['transfer', 'lease', 'encumbrance', 'claim-waiver', 'large-expense', 'other'] as const;
export type ChangeKind = (typeof changeKinds)[number];
export const changeKindNames: Record<ChangeKind, string> = {
  transfer: '转让',
  lease: '出租',
  encumbrance: '设定担保等权利负担',
  'claim-waiver': '放弃或延长债权',
  'large-expense': '大额支出',
  other: '其他变动',
};

export const verificationOutcomes = ['consistent', 'incomplete', 'false'] as const;
export type VerificationOutcome = (typeof verificationOutcomes)[number];
export const verificationOutcomeNames: Record<VerificationOutcome, string> = {
  consistent: '报告属实',
  incomplete: '报告不完整',
  false: '虚假报告',
};

export const sanctionMeasures = ['fine', 'detention'] as const;
export type SanctionMeasure = (typeof sanctionMeasures)[number];
export const sanctionMeasureNames: Record<SanctionMeasure, string> = { fine: '罚款', detention: '拘留' };

export const sanctionGrounds = ['late-report', 'refused-report', 'false-report'] as const;
export type SanctionGround = (typeof sanctionGrounds)[number];
export const sanctionGroundNames: Record<SanctionGround, string> = {
  'late-report': '无正当理由逾期报告财产',
  'refused-report': '拒绝报告财产',
  'false-report': '虚假报告财产',
};

export type ReportItemView = {
  kind: AssetKind;
  kindName: string;
  identifier: string | null;
  description: string;
  value: string | null;
  change: { kind: ChangeKind; kindName: string; on: string; note: string | null } | null;
};

export type VerificationView = {
  verifiedOn: string;
  outcome: VerificationOutcome;
  outcomeName: string;
  note: string | null;
  verifiedBy: string;
};

export type AssetReportView = {
  id: string;
  caseId: string;
  orderId: string;
  debtor: string;
  reportedOn: string;
  reportDueOn: string;
  late: boolean;
  complete: boolean;
  declaresNone: boolean;
  note: string | null;
  items: ReportItemView[];
  verification: VerificationView | null;
  recordedAt: string;
  recordedBy: string;
};

export type SanctionView = {
  id: string;
  caseId: string;
  orderId: string;
  reportId: string | null;
  measure: SanctionMeasure;
  measureName: string;
  ground: SanctionGround;
  groundName: string;
  subject: string;
  subjectKind: 'person' | 'organization';
  detainee: string | null;
  amount: string | null;
  days: number | null;
  startOn: string | null;
  endOn: string | null;
  decidedOn: string;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  status: SanctionStatus;
  statusName: string;
  approvalId: string | null;
  /** The day the 院长 approved it: it takes effect then (民事诉讼法(2023) 第119条). */
  approvedOn: string | null;
};

// A fine or detention is a request until the 院长 approves it (ADR 0155).
export const sanctionStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type SanctionStatus = (typeof sanctionStatuses)[number];
export const sanctionStatusNames: Record<SanctionStatus, string> = {
  pending: '待院长审批',
  approved: '院长已批准',
  rejected: '院长未批准',
  withdrawn: '已撤回',
};

/** A 报告财产令 of the case as the report form offers it: whom it orders and when the report is due. */
export type ReportOrderView = {
  orderId: string;
  debtor: string;
  debtorKind: 'person' | 'organization';
  issuedOn: string;
  servedOn: string | null;
  reportDueOn: string | null;
  reported: boolean;
};
