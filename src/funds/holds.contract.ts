import { Type } from '@sinclair/typebox';
import { LocalDate, OneOf, operation, Ref, Strict, Text, Yuan } from '../shared/contract.ts';
import { Approval } from '../approvals/approvals.models.ts';
import { lawfulHoldKinds } from './funds.types.ts';

// The contract of 暂缓发放 (ADR 0161): asking to hold case money for a lawful reason (decided through
// the approvals routes by the bureau head) and releasing it when the reason ends.

const tags = ['案款'];
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const HoldParams = Strict({ id: Text({ title: '暂缓发放编号', minLength: 1, maxLength: 64 }) });

export const requestHold = operation({
  operationId: 'requestFundsHold',
  summary: '申请暂缓发放',
  description:
    '因法定事由（需要参与分配、执行异议审查中、申请执行人的债权被他案冻结、经通知未领取、案件中止或暂缓执行、其他正当理由）申请暂缓发放本案款项，' +
    '经执行局长审批（POST /approvals/{id}/approve）后生效：冻结该金额，本案各笔到账的发放期限停止计时；解除后继续计算剩余日数。',
  tags,
  signedIn: true,
  params: CaseParams,
  body: Strict(
    {
      kind: OneOf(lawfulHoldKinds, {
        description:
          'distribution 需要参与分配；objection 执行异议审查中；frozen-elsewhere 债权被他案冻结；not-collected 经通知未领取；suspended 中止或暂缓执行；other 其他正当理由',
      }),
      amount: Yuan({ title: '暂缓发放金额' }),
      reason: Text({ title: '具体情况', minLength: 1, maxLength: 500, multiline: true }),
    },
    { examples: [{ kind: 'objection', amount: '2000.00', reason: '案外人对扣划款项提出执行异议，正在审查' }] },
  ),
  status: 201,
  response: Ref(Approval),
  errors: ['case-not-found', 'hold-kind-invalid', 'invalid-money', 'insufficient-funds', 'approval-pending'],
});

export const releaseHold = operation({
  operationId: 'releaseFundsHold',
  summary: '解除暂缓发放',
  description: '暂缓发放的事由消除后解除：款项恢复可发放，本案再无暂缓事由时，各笔到账的发放期限自次日起继续计算剩余日数。',
  tags,
  signedIn: true,
  params: HoldParams,
  body: Strict(
    { note: Type.Optional(Text({ title: '解除说明', maxLength: 500, multiline: true })) },
    { examples: [{ note: '执行异议已裁定驳回' }] },
  ),
  status: 200,
  response: Type.Object({
    id: Type.String(),
    state: Type.Literal('released'),
    releasedOn: LocalDate({ title: '解除日' }),
    resumedDeadlines: Type.Array(
      Type.Object({ subject: Type.String({ description: '到账编号' }), dueOn: Type.String({ description: '新的发放期限' }) }),
    ),
  }),
  errors: ['hold-not-found', 'hold-released'],
});
