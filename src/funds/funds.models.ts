import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, Out, Strict, Text, Yuan } from '../shared/contract.ts';
import { holdKinds, ledgerKinds, payoutStatuses, receiptSources } from './funds.types.ts';

// Response shapes of case funds (案款). Money is yuan as a two-place decimal string.
const Money = (description: string) => Out({ description: `${description}（元）` });

export const Receipt = Type.Object(
  {
    id: Out({ description: '到账记录编号' }),
    caseId: Out(),
    accountNumber: Out({ description: '案款账号（一案一账号）' }),
    amount: Money('到账金额'),
    receivedOn: Out({ description: '到账日期' }),
    payerName: Out({ description: '付款人' }),
    reference: Nullable(Out({ description: '银行流水号或摘要' })),
    source: OneOf(receiptSources),
    payBy: Out({ description: '发放期限：到账之日起30日（或本院规定的更短期限）' }),
    balance: Money('入账后余额'),
  },
  { $id: 'Receipt', title: '到账' },
);

export const CaseAccount = Type.Object(
  {
    accountNumber: Out({ description: '案款账号（一案一账号，编于本院执行款专户之下）' }),
    masterAccountNumber: Out({ description: '本院执行款专户编号' }),
    status: OneOf(['open', 'closed'] as const),
    balance: Money('余额'),
    received: Money('累计到账'),
    paidOut: Money('累计发放'),
    held: Money('暂缓发放（含审批中的发放）'),
    available: Money('可发放'),
    holds: Type.Array(
      Type.Object({
        id: Out(),
        kind: OneOf(holdKinds),
        kindName: Out(),
        amount: Money('金额'),
        reason: Out(),
        approvedByName: Nullable(Out()),
        basis: Nullable(Out({ description: '暂缓发放事由的依据（发放审批中的冻结为 null）' })),
        releasable: Type.Boolean({ description: '可由承办人在事由消除后解除（发放审批中的冻结随审批办结解除）' }),
        since: Out(),
      }),
    ),
    receipts: Type.Array(
      Type.Object({
        id: Out(),
        amount: Money('到账金额'),
        unpaid: Money('尚未发放'),
        receivedOn: Out(),
        payerName: Out(),
        reference: Nullable(Out()),
        source: OneOf(receiptSources),
        sourceName: Out(),
        payBy: Out({ description: '发放期限' }),
        overdue: Type.Boolean({ description: '已过发放期限仍未发放完毕' }),
      }),
    ),
    payees: Type.Array(
      Type.Object({
        partyId: Out(),
        accountName: Out(),
        accountNumber: Out(),
        bankName: Out(),
        confirmedByName: Out(),
        confirmedAt: Out(),
      }),
    ),
  },
  { $id: 'CaseAccount', title: '案款账户' },
);

export const LedgerPage = Type.Object(
  {
    accountNumber: Out(),
    items: Type.Array(
      Type.Object({
        id: Out({ description: '分录编号' }),
        transactionId: Out({ description: '记账凭证编号' }),
        kind: OneOf(ledgerKinds),
        kindName: Out(),
        amount: Money('本笔金额，入账为正、出账为负'),
        balanceAfter: Money('本笔后余额'),
        postedOn: Out(),
        postedAt: Out(),
        byName: Out(),
        memo: Out(),
      }),
    ),
    nextCursor: Nullable(Out({ description: '下一页的游标；为 null 时已到末页' })),
  },
  { $id: 'LedgerPage', title: '案款明细（一页）' },
);

export const Payout = Type.Object(
  {
    id: Out({ description: '发放申请编号' }),
    caseId: Out(),
    caseNumber: Type.Optional(Out()),
    kind: OneOf(['payout', 'transfer'] as const, { description: '发放给申请执行人，或划转至他案案款账户（ADR 0185）' }),
    kindName: Out({ description: '发放 或 划转' }),
    partyId: Nullable(Out({ description: '收款的申请执行人；划转时为空' })),
    partyName: Out({ description: '收款人；划转时为目标案件的案号' }),
    toCaseId: Nullable(Out({ description: '划转的目标案件' })),
    reason: Nullable(Out({ description: '划转事由' })),
    amount: Money('发放金额'),
    status: OneOf(payoutStatuses),
    statusName: Out(),
    awaitingStep: Nullable(Type.Object({ index: Type.Integer(), step: Out(), title: Out() }, { description: '待办理的审批步骤' })),
    payee: Type.Object({ accountName: Out(), accountNumber: Out(), bankName: Out() }, { description: '经确认的收款账户' }),
    bankReference: Nullable(Out()),
    instructionDocumentId: Nullable(
      Out({ description: '执行款发放审批表（文书编号，GET /documents/{id}/file 下载）；最后一步批准时生成' }),
    ),
    requestedByName: Out(),
    requestedAt: Out(),
    decisions: Type.Array(
      Type.Object({
        step: Out(),
        decision: OneOf(['approve', 'reject'] as const),
        opinion: Nullable(Out()),
        decidedByName: Out(),
        decidedAt: Out(),
      }),
    ),
  },
  { $id: 'Payout', title: '发放' },
);

export const Payee = Type.Object(
  { partyId: Out(), accountName: Out(), accountNumber: Out(), bankName: Out(), confirmedByName: Out(), confirmedAt: Out() },
  { $id: 'Payee', title: '收款账户' },
);

export const StatementLineBody = Strict({
  amount: Yuan({ title: '金额' }),
  receivedOn: LocalDate({ title: '交易日期' }),
  payerName: Text({ title: '付款人户名', minLength: 1, maxLength: 100 }),
  bankReference: Text({ title: '银行流水号', minLength: 1, maxLength: 100 }),
  accountNumber: Type.Optional(Text({ title: '收款子账号（案款账号）', maxLength: 40 })),
  remark: Type.Optional(Text({ title: '附言', maxLength: 200 })),
  payerAccount: Type.Optional(Text({ title: '付款账号', maxLength: 40 })),
  payerIdNumber: Type.Optional(Text({ title: '付款人证件号码', maxLength: 30 })),
});

export const Imported = Type.Object({
  posted: Type.Integer({ description: '入案款账户的笔数' }),
  unmatched: Type.Integer({ description: '转入暂存款的笔数' }),
  duplicates: Type.Integer({ description: '此前已导入、未再入账的笔数' }),
  skipped: Type.Integer({ description: '非入账行（支出、合计、空行）' }),
  lines: Type.Array(
    Type.Object({
      bankReference: Type.String(),
      amount: Type.String(),
      outcome: OneOf(['posted', 'unmatched', 'duplicate'] as const),
      caseId: Type.Optional(Type.String()),
      unmatchedId: Type.Optional(Type.String()),
    }),
  ),
});

export const UnmatchedItem = Type.Object({
  id: Type.String(),
  amount: Type.String(),
  receivedOn: Type.String(),
  payerName: Type.String(),
  payerAccount: Type.Union([Type.String(), Type.Null()]),
  remark: Type.Union([Type.String(), Type.Null()]),
  bankReference: Type.String(),
  claimBy: Type.String({ description: '认领期限' }),
  overdue: Type.Boolean({ description: '已过认领期限' }),
  state: OneOf(['waiting', 'claimed'] as const),
  claimedByName: Type.Union([Type.String(), Type.Null()]),
  suggestions: Type.Array(Type.Object({ caseId: Type.String(), caseNumber: Type.String(), reasons: Type.Array(Type.String()) })),
});

export const fundsSchemas = [Receipt, CaseAccount, LedgerPage, Payout, Payee];
