import type { Fen } from '../shared/money.ts';
import type { LocalDate } from '../shared/dates.ts';

export const caseTypes = ['first', 'resumed', 'preservation'] as const;
export type CaseType = (typeof caseTypes)[number];

export const typeCodeOf: Record<CaseType, string> = { first: '执', resumed: '执恢', preservation: '执保' };

// The highest 案件编号 the case-number parser accepts (nine digits, src/rules/case-number.ts): a
// court's sequence for a year and type ends there.
export const MAX_CASE_SERIAL = 999_999_999;

export const caseStatuses = ['filed', 'in-progress', 'suspended', 'deferred', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

// 结案方式: 最高人民法院关于人民法院执行工作若干问题的规定（试行）(2020年修正) 第64条.
export const closureModes = ['fully-enforced', 'current-procedure-terminated', 'terminated', 'cancelled', 'refused', 'rejected'] as const;
export type ClosureMode = (typeof closureModes)[number];

export const closureModeNames: Record<ClosureMode, string> = {
  'fully-enforced': '执行完毕',
  'current-procedure-terminated': '终结本次执行程序',
  terminated: '终结执行',
  cancelled: '销案',
  refused: '不予执行',
  rejected: '驳回申请',
};

export const statusNames: Record<CaseStatus, string> = {
  filed: '已立案',
  'in-progress': '执行中',
  suspended: '中止执行',
  deferred: '暂缓执行',
  closed: '已结案',
};

export type PartyRole = 'applicant' | 'debtor' | 'third-party';

export type Party =
  | { kind: 'person'; name: string; idNumber: string }
  | { kind: 'organization'; name: string; creditCode: string; legalRepresentative: string | null };

export type Obligation = { kind: 'money'; amount: Fen; description: string } | { kind: 'act'; description: string };

export type EnforcementTitle = {
  documentNumber: string;
  issuer: string;
  effectiveOn: LocalDate;
  performanceDeadline: LocalDate | null;
  obligations: Obligation[];
};

/** A validated filing, ready to be numbered and stored. */
export type FilingDraft = {
  courtCode: string;
  type: CaseType;
  filedOn: LocalDate;
  claimAmount: Fen;
  title: EnforcementTitle;
  applicants: Party[];
  debtors: Party[];
  thirdParties: Party[];
  officerId: string | null;
};
