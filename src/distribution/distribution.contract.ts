import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Yuan } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { serviceMethods } from '../rules/document-service.ts';
import { Distribution, PaidLines } from './distribution.models.ts';
import { objectionOutcomes } from './distribution.types.ts';

// The contract of distribution among creditors (参与分配, 民诉法解释 第506–510条、第514条): open a
// distribution on a debtor's proceeds, creditors join, the plan, its service, objections, payouts.
export { distributionSchemas } from './distribution.models.ts';

const tags = ['参与分配'];
const Id = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64 }) });
const Created = Type.Object({ id: Out() });

export const caseDistributions = operation({
  operationId: 'listCaseDistributions',
  summary: '案件的参与分配',
  description:
    '本案案款上的参与分配：债权人、分配方案各行、送达与异议期间、异议及其处理、提存的争议金额（法院工作人员）。当事人在当事人服务平台经 GET /party/cases/{id}/distribution 查看已送达的分配方案。',
  tags,
  signedIn: true,
  params: Id('案件编号'),
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(Distribution)) }),
  errors: ['case-not-found'],
});

export const openDistribution = operation({
  operationId: 'openDistribution',
  summary: '启动参与分配',
  description:
    '就本案案款账户中被执行人的执行款启动分配（首先查封的法院主持分配，执行工作规定第56条）。被执行人为自然人或其他组织的按比例分配；为企业法人且未移送破产的按查封顺序清偿（民诉法解释第514条）。可供分配的金额不得超过可用余额。须带幂等键。',
  tags,
  signedIn: true,
  params: Id('案件编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      debtorPartyId: Text({ title: '被执行人', minLength: 1, maxLength: 64 }),
      debtorKind: OneOf(['person', 'enterprise'] as const, {
        title: '被执行人类型',
        description: 'person 自然人或其他组织；enterprise 企业法人',
      }),
      proceeds: Yuan({ title: '可供分配的执行款' }),
      costs: Yuan({ title: '执行费用' }),
    },
    {
      examples: [
        { debtorPartyId: '0b3c2f4e-8d1a-4c55-9a57-3f1e2d6c7b80', debtorKind: 'enterprise', proceeds: '100000.00', costs: '1000.00' },
      ],
    },
  ),
  status: 201,
  response: Created,
  errors: [
    'case-not-found',
    'distribution-debtor-not-found',
    'distribution-debtor-kind-invalid',
    'distribution-proceeds-exceed-balance',
    'invalid-money',
    'idempotency-key-reused',
  ],
});

export const joinDistribution = operation({
  operationId: 'joinDistribution',
  summary: '申请参与分配',
  description:
    '债权人申请参与分配：普通债权人须有对同一被执行人的执行依据（本院或他院的执行案件，民诉法解释第506条第1款）；对该财产有优先权、担保物权的债权人可直接申请优先受偿（第506条第2款），priority 填 true 或顺位。分配方案制作后（对该财产的执行终结）不再受理（第507条）。须带幂等键。',
  tags,
  signedIn: true,
  params: Id('分配编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      caseId: Type.Optional(Nullable(Text({ title: '债权人的执行案件', maxLength: 64 }))),
      partyId: Type.Optional(Nullable(Text({ title: '该案的申请执行人', maxLength: 64 }))),
      creditorName: Type.Optional(Nullable(Text({ title: '债权人名称', maxLength: 100, description: '没有执行案件的优先受偿债权人' }))),
      amount: Yuan({ title: '债权数额' }),
      priority: Type.Optional(Nullable(Type.Union([Type.Boolean(), Type.Integer({ minimum: 1, maximum: 1000 })], { title: '优先受偿' }))),
      priorityBasis: Type.Optional(Nullable(Text({ title: '优先受偿的权利', maxLength: 100 }))),
      seizureRank: Type.Optional(Nullable(Type.Integer({ title: '查封顺位', minimum: 1, maximum: 1000 }))),
    },
    { examples: [{ creditorName: '中国建设银行江门分行', amount: '50000.00', priority: true, priorityBasis: '抵押权' }] },
  ),
  status: 201,
  response: Created,
  errors: [
    'distribution-not-found',
    'distribution-joining-closed',
    'distribution-title-required',
    'distribution-debtor-mismatch',
    'distribution-creditor-repeated',
    'distribution-seizure-rank-missing',
    'invalid-money',
    'idempotency-key-reused',
  ],
});

export const drawUpPlan = operation({
  operationId: 'drawUpDistributionPlan',
  summary: '制作分配方案',
  description:
    '按规则计算分配方案（先执行费用，再优先受偿债权，再普通债权按比例或按查封顺序），保存其输入和各行结果，制作《财产分配方案》文书。',
  tags,
  signedIn: true,
  params: Id('分配编号'),
  status: 201,
  response: Type.Object({ documentId: Out() }),
  errors: ['distribution-not-found', 'distribution-not-open', 'distribution-no-claims'],
});

export const servePlan = operation({
  operationId: 'serveDistributionPlan',
  summary: '送达分配方案',
  description: '向一名债权人送达分配方案（文书送达记录），自视为送达之日起计算15日的异议期间（民诉法解释第509条）。须带幂等键。',
  tags,
  signedIn: true,
  params: Id('分配编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      claimId: Text({ title: '债权', minLength: 1, maxLength: 64 }),
      method: OneOf(serviceMethods, { title: '送达方式' }),
      servedOn: LocalDate({ title: '送达日期' }),
      recipient: Text({ title: '受送达人', minLength: 1, maxLength: 100 }),
      recipientRole: Type.Optional(Nullable(Text({ title: '受送达人身份', maxLength: 50 }))),
      address: Type.Optional(Nullable(Text({ title: '送达地址', maxLength: 200 }))),
      note: Type.Optional(Nullable(Text({ title: '送达情况', maxLength: 1000, multiline: true }))),
    },
    {
      examples: [
        {
          claimId: '5d8f0c1e-2b7a-4e3d-9c61-0a4b3e2f1d70',
          method: 'direct',
          servedOn: '2026-11-26',
          recipient: '李明',
          recipientRole: '债权人',
        },
      ],
    },
  ),
  status: 201,
  response: Type.Object({ serviceId: Out(), objectionDueOn: Out() }),
  errors: [
    'distribution-not-found',
    'distribution-not-planned',
    'distribution-claim-not-found',
    'served-before-issued',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const recordObjection = operation({
  operationId: 'recordDistributionObjection',
  summary: '登记分配方案异议',
  description:
    '债权人收到分配方案之日起15日内书面提出的异议；争议金额立即在案款账户中提存（暂缓发放，事由 distribution），其余款项照常发放。须带幂等键。',
  tags,
  signedIn: true,
  params: Id('分配编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      claimId: Text({ title: '异议人的债权', minLength: 1, maxLength: 64 }),
      targetClaimId: Text({ title: '被异议的债权', minLength: 1, maxLength: 64 }),
      disputed: Yuan({ title: '争议金额' }),
      reason: Text({ title: '异议理由', minLength: 1, maxLength: 1000, multiline: true }),
      objectedOn: LocalDate({ title: '提出异议日期' }),
    },
    {
      examples: [
        {
          claimId: '5d8f0c1e-2b7a-4e3d-9c61-0a4b3e2f1d70',
          targetClaimId: '7a1e4c2d-9b3f-4d8e-a061-2c5b7e9f0d13',
          disputed: '20000.00',
          reason: '该债权人的查封在后，不应先于异议人受偿',
          objectedOn: '2026-12-03',
        },
      ],
    },
  ),
  status: 201,
  response: Created,
  errors: [
    'distribution-not-found',
    'distribution-not-planned',
    'distribution-claim-not-found',
    'distribution-plan-not-served',
    'distribution-objection-late',
    'distribution-disputed-invalid',
    'insufficient-funds',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const objectionNotice = operation({
  operationId: 'recordDistributionObjectionNotice',
  summary: '通知异议',
  description: '将异议通知未提出异议的债权人和被执行人，自通知之日起计算15日的反对意见期间（民诉法解释第509条第2款）。',
  tags,
  signedIn: true,
  params: Id('异议编号'),
  body: Strict({ notifiedOn: LocalDate({ title: '通知日期' }) }, { examples: [{ notifiedOn: '2026-12-03' }] }),
  status: 200,
  response: Type.Object({ answerDueOn: Out() }),
  errors: ['distribution-objection-not-found', 'distribution-outcome-invalid', 'date-in-future'],
});

export const objectionOutcome = operation({
  operationId: 'recordDistributionObjectionOutcome',
  summary: '登记异议处理结果',
  description:
    'stands 原分配方案维持（异议人未起诉）；suit-filed 已提起分配方案异议之诉（争议金额继续提存）；ended 诉讼已了结。维持或了结即解除提存。',
  tags,
  signedIn: true,
  params: Id('异议编号'),
  body: Strict(
    { outcome: OneOf(objectionOutcomes, { title: '处理结果' }), on: LocalDate({ title: '日期' }) },
    { examples: [{ outcome: 'suit-filed', on: '2026-12-20' }] },
  ),
  status: 200,
  response: Type.Object({ state: OneOf(objectionOutcomes), released: Type.Boolean() }),
  errors: ['distribution-objection-not-found', 'distribution-outcome-invalid', 'date-in-future'],
});

export const payDistribution = operation({
  operationId: 'payDistribution',
  summary: '发放无争议款项',
  description:
    '分配方案已向全部债权人送达且各自的15日异议期间均已届满后，按分配方案为本案申请执行人申请发放无争议的分配金额（案款发放审批：承办人 → 执行局长 → 财务人员）；争议金额继续提存。须带幂等键。',
  tags,
  signedIn: true,
  params: Id('分配编号'),
  headers: IdempotencyHeaders,
  status: 201,
  response: Ref(PaidLines),
  errors: [
    'distribution-not-found',
    'distribution-not-planned',
    'distribution-objection-window-open',
    'distribution-nothing-to-pay',
    'payee-account-missing',
    'insufficient-funds',
    'idempotency-key-required',
    'idempotency-key-reused',
  ],
});
