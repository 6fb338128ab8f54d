import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Strict, Text } from '../shared/contract.ts';
import { payoutStatuses } from './funds.types.ts';

// What the party portal shows an applicant of the money paid to it on a case: each payout to the
// caller's own party, its state and the account it goes to — not the court's internal opinions.

export const partyPayouts = operation({
  operationId: 'getOwnCasePayouts',
  summary: '本案向我发放的执行款（当事人）',
  description:
    '申请执行人在当事人服务平台查看本案向其发放的执行款：金额、状态（审批中、已发放、发放失败等）、收款账户和银行回单号。不含法院内部的审批意见；未获批准的申请不列出。',
  tags: ['案款'],
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) }),
  status: 200,
  response: Type.Object({
    items: Type.Array(
      Type.Object({
        id: Out(),
        amount: Out({ description: '发放金额（元）' }),
        status: OneOf(payoutStatuses),
        statusName: Out(),
        requestedAt: Out({ description: '申请发放时间' }),
        payee: Type.Object({ accountName: Out(), accountNumber: Out(), bankName: Out() }),
        bankReference: Nullable(Out({ description: '银行回单号' })),
      }),
    ),
  }),
  errors: ['case-not-found'],
});
