import type { LocalDate } from '../shared/dates.ts';

// Domain types of case funds (案款). Money is fen (bigint); yuan strings only at the edge.

export const ledgerKinds = ['receipt', 'claim', 'payout', 'refund', 'reversal', 'transfer'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];
export const ledgerKindNames: Record<LedgerKind, string> = {
  receipt: '到账',
  claim: '暂存款认领',
  payout: '发放',
  refund: '退回',
  reversal: '冲正',
  transfer: '划转',
};

export const receiptSources = ['manual', 'statement', 'institution', 'deduction', 'claim', 'auction', 'sale', 'transfer'] as const;
export type ReceiptSource = (typeof receiptSources)[number];
export const receiptSourceNames: Record<ReceiptSource, string> = {
  manual: '财务登记',
  statement: '银行流水',
  institution: '银行推送',
  deduction: '扣划',
  claim: '暂存款认领',
  auction: '拍卖价款',
  sale: '变卖价款',
  transfer: '他案划入',
};

export const payoutStatuses = ['pending', 'instructed', 'paid', 'failed', 'rejected', 'transferred'] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];
export const payoutStatusNames: Record<PayoutStatus, string> = {
  pending: '审批中',
  instructed: '已付款待银行回复',
  paid: '已发放',
  failed: '付款失败已退回',
  rejected: '未批准',
  transferred: '已划转',
};

// The lawful reasons to hold money back (延缓发放, legal-rules.md §7), and a pending payout's own hold.
export const holdKinds = ['payout', 'distribution', 'objection', 'frozen-elsewhere', 'not-collected', 'suspended', 'other'] as const;
export type HoldKind = (typeof holdKinds)[number];
/** The reasons an officer may ask to hold money for (with approval): every kind but a payout's own hold. */
export const lawfulHoldKinds = ['distribution', 'objection', 'frozen-elsewhere', 'not-collected', 'suspended', 'other'] as const;
export type LawfulHoldKind = (typeof lawfulHoldKinds)[number];
export const holdKindNames: Record<HoldKind, string> = {
  payout: '发放审批中',
  distribution: '需要参与分配',
  objection: '执行异议审查中',
  'frozen-elsewhere': '申请执行人的债权被他案或刑事案件冻结',
  'not-collected': '申请执行人经通知未领取',
  suspended: '案件中止或暂缓执行',
  other: '其他正当理由',
};

const KWGL = '《最高人民法院关于执行款物管理工作的规定》（法发〔2017〕6号）延缓发放条款（条号未核实；事由清单 UNSURE）';
/** The basis of each lawful reason, shown with the hold (legal-rules.md §7, §8, §10). */
export const holdKindBasis: Record<LawfulHoldKind, string> = {
  distribution: `${KWGL}第1项；参与分配：民诉法解释(2022) 第506条`,
  objection: `${KWGL}第5项（其他正当理由）；执行异议：民事诉讼法(2023) 第236条、第238条`,
  'frozen-elsewhere': `${KWGL}第2项`,
  'not-collected': `${KWGL}第3项`,
  suspended: `${KWGL}第4项；中止执行：民事诉讼法(2023) 第267条`,
  other: `${KWGL}第5项`,
};

export type AccountRow = {
  readonly id: string; // '' for a case whose account is not opened yet
  readonly courtId: number;
  readonly caseId: string | null;
  readonly number: string;
  readonly status: 'open' | 'closed';
  readonly balance: bigint;
  readonly held: bigint;
  readonly received: bigint;
  readonly paidOut: bigint;
};

/** A credit line of the court account's statement (a file's row, or a line the bank pushes). */
export type StatementLine = {
  amount: bigint;
  receivedOn: LocalDate;
  payerName: string;
  bankReference: string;
  accountNumber: string | null;
  remark: string | null;
  payerAccount: string | null;
  payerIdNumber: string | null;
};
