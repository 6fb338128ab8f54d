import type { CorrectionGround } from '../rules/listing-correction.ts';
// Correction requests and 复议 of a dishonest listing (ADR 0211): the words of the screens and the API.

export const correctionStates = ['pending', 'justified', 'rejected'] as const;
export type CorrectionState = (typeof correctionStates)[number];
export const correctionStateNames: Record<CorrectionState, string> = {
  pending: '待审查',
  justified: '理由成立，已纠正',
  rejected: '理由不成立，决定驳回',
};

export const reconsiderationStates = ['none', 'pending', 'upheld', 'revoked'] as const;
export type ReconsiderationState = (typeof reconsiderationStates)[number];
export const reconsiderationStateNames: Record<ReconsiderationState, string> = {
  none: '未申请复议',
  pending: '复议审查中（原决定不停止执行）',
  upheld: '复议维持驳回决定',
  revoked: '复议撤销驳回决定，已删除失信信息',
};

export type CorrectedFields = { name?: string; idNumber?: string; creditCode?: string; obligation?: string };

export type CorrectionView = {
  id: string;
  listingId: string;
  caseId: string;
  ground: CorrectionGround;
  groundName: string;
  groundArticle: string;
  request: string;
  correctedFields: CorrectedFields;
  filedBy: 'debtor' | 'officer';
  filedOn: string;
  state: CorrectionState;
  stateName: string;
  reviewDueOn: string;
  decidedOn: string | null;
  decisionReason: string | null;
  decidedBy: string | null;
  correctDueOn: string | null;
  reconsideration: {
    state: ReconsiderationState;
    stateName: string;
    filedOn: string | null;
    court: string | null;
    dueOn: string | null;
    decidedOn: string | null;
    reason: string | null;
    decidedBy: string | null;
  };
  recordedAt: string;
  recordedBy: string;
};
