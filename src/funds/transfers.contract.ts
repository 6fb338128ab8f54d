import { Type } from '@sinclair/typebox';
import { operation, Ref, Strict, Text, Yuan } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { Payout } from './funds.models.ts';

// The contract of 执行款划转 (ADR 0185): moving money from one case's account to another's of the same
// court, approved in the payout's steps (POST /payouts/{id}/approve, /reject).

const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });

export const requestTransfer = operation({
  operationId: 'requestTransfer',
  summary: '申请执行款划转',
  description:
    '将本案案款划转至本院另一案件的案款账户（目标案件以案号或编号指明，二者选一），依次经承办人审核、执行局长审批、财务人员核发（POST /payouts/{id}/approve）。' +
    '申请即冻结该金额，超过可用余额的答复 409 insufficient-funds；最后一步批准时记一笔划转分录，目标案件记一笔来源为“他案划入”的到账，另起 30 日发放期限。须带幂等键。',
  tags: ['案款'],
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      toCaseNumber: Type.Optional(Text({ title: '目标案件案号', minLength: 1, maxLength: 64 })),
      toCaseId: Type.Optional(Text({ title: '目标案件编号', minLength: 1, maxLength: 64 })),
      amount: Yuan({ title: '划转金额' }),
      reason: Text({ title: '划转事由', minLength: 1, maxLength: 500 }),
    },
    { examples: [{ toCaseNumber: '（2026）粤0703执12号', amount: '3000.00', reason: '被执行人同一，经申请执行人同意划转至另案清偿' }] },
  ),
  status: 201,
  response: Ref(Payout),
  errors: [
    'case-not-found',
    'transfer-target-required',
    'transfer-target-not-found',
    'transfer-same-case',
    'transfer-target-closed',
    'insufficient-funds',
    'invalid-money',
    'idempotency-key-required',
    'idempotency-key-reused',
  ],
});
