import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { paidEvidences, terminationGrounds } from '../rules/pool-exit.ts';

// Leaving the 终本案件库 other than by 恢复执行 (src/rules/pool-exit.ts): 履行完毕, 移送破产审查, 终结执行;
// and where a case stands in the pool.

const tags = ['终本案件库'];
const exitKinds = ['resumed', 'paid', 'bankruptcy', 'terminated'] as const;

export const DormantStanding = Type.Object(
  {
    caseId: Out({ description: '案件编号（UUID）' }),
    status: OneOf(['in-pool', 'exited'] as const, { description: 'in-pool 在库；exited 已出库' }),
    closedOn: Out({ description: '终本日期' }),
    enteredOn: Out({ description: '入库日期' }),
    researchCycle: Type.Integer({ description: '已发出的复查次数' }),
    nextSearchDue: Nullable(Out({ description: '下一次复查期限' })),
    exitKind: Nullable(OneOf(exitKinds, { description: '出库情形：恢复执行、履行完毕、移送破产审查、终结执行' })),
    exitedOn: Nullable(Out({ description: '出库日期' })),
  },
  { $id: 'DormantStanding', title: '案件在终本案件库中的状态' },
);

export const PoolExit = Type.Object(
  {
    caseId: Out({ description: '案件编号（UUID）' }),
    kind: OneOf(exitKinds),
    exitedOn: Out({ description: '出库日期' }),
    listingsEnded: Type.Integer({ description: '因出库删除的本案失信信息条数（失信名单规定 第10条）' }),
    restrictionsLifted: Type.Integer({ description: '因履行完毕解除的限制消费令数' }),
  },
  { $id: 'PoolExit', title: '终本案件出库' },
);

export const exitSchemas = [DormantStanding, PoolExit];

const caseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) });

export const dormantStanding = operation({
  operationId: 'getDormantStanding',
  summary: '案件在终本案件库中的状态',
  description: '本案是否在终本案件库中，其复查进度，已出库的出库情形和日期。不在库中的案件答复 409 not-in-pool。',
  tags,
  signedIn: true,
  params: caseParams,
  status: 200,
  response: Ref(DormantStanding),
  errors: ['case-not-found', 'not-in-pool'],
});

export const recordPoolExit = operation({
  operationId: 'recordDormantExit',
  summary: '终本案件出库（履行完毕、移送破产审查、终结执行）',
  description:
    '终本案件因被执行人履行完毕（evidence：执行款到账 funds-received，或申请执行人书面确认 applicant-confirmed）、' +
    '企业法人被执行人经同意移送破产审查（consentBy、receivingCourt，可指定 debtorPartyId），或裁定终结执行（ground，民事诉讼法第268条）出库。' +
    '出库后不再定期复查，并依失信名单规定第10条删除本案失信信息；履行完毕的同时解除限制消费令。恢复执行另见 POST /cases/{id}/resume。',
  tags,
  signedIn: true,
  params: caseParams,
  body: Strict(
    {
      kind: OneOf(['paid', 'bankruptcy', 'terminated'] as const, { title: '出库情形' }),
      exitedOn: LocalDate({ title: '出库日期' }),
      reason: Text({ title: '事实和理由', minLength: 1, maxLength: 2000 }),
      evidence: Type.Optional(OneOf(paidEvidences, { title: '履行完毕的依据' })),
      consentBy: Type.Optional(OneOf(['applicant', 'debtor'] as const, { title: '书面同意移送破产审查的一方' })),
      receivingCourt: Type.Optional(Text({ title: '受移送法院', minLength: 1, maxLength: 100 })),
      debtorPartyId: Type.Optional(Text({ title: '移送破产审查的被执行人', minLength: 1, maxLength: 64 })),
      ground: Type.Optional(OneOf(terminationGrounds, { title: '终结执行的情形' })),
    },
    {
      examples: [
        {
          kind: 'bankruptcy',
          exitedOn: '2026-11-26',
          consentBy: 'applicant',
          receivingCourt: '广东省江门市中级人民法院',
          reason: '被执行人不能清偿到期债务且资产不足以清偿全部债务，申请执行人书面同意移送破产审查',
        },
      ],
    },
  ),
  status: 200,
  response: Ref(PoolExit),
  errors: [
    'case-not-found',
    'not-in-pool',
    'invalid-date-value',
    'date-in-future',
    'reason-required',
    'exit-before-closure',
    'exit-details-missing',
    'exit-not-paid',
    'exit-debtor-not-enterprise',
    'exit-consent-required',
    'exit-court-required',
    'exit-ground-not-applicable',
  ],
});
