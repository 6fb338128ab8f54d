import { Type } from '@sinclair/typebox';
import { List, LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid, Yuan, YuanAmount } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { liftGrounds, personRoles, restrictedItems, spendingBases } from '../rules/consumption-restriction.ts';
import { restrictionStatuses, spendingStatuses } from './restriction.types.ts';

// The contract of consumption restriction (限制消费令, 限制消费规定(2015修正), ADR 0206).

const tags = ['失信惩戒'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const IdParams = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64 }) });

export const SpendingRequest = Type.Object(
  {
    id: Out(),
    restrictionId: Out(),
    personName: Out({ description: '申请消费的被限制人员' }),
    item: OneOf(restrictedItems, { description: '限制消费规定 第3条第1款所列项目' }),
    itemName: Out(),
    basis: OneOf(spendingBases, {
      description: 'personal-money 单位人员因私以个人财产消费（第3条第2款），necessity 生活或经营必需（第8条）',
    }),
    basisName: Out(),
    reason: Out({ description: '申请事由' }),
    amount: YuanAmount({ description: '金额（元）' }),
    status: OneOf(spendingStatuses, { description: '待审查、已准许、不予准许' }),
    statusName: Out(),
    requestedAt: Out({ description: '登记时间（ISO 8601）' }),
    requestedBy: Out(),
    decidedOn: Nullable(Day('决定日期')),
    decidedBy: Nullable(Out()),
    decisionReason: Nullable(Out()),
  },
  { $id: 'SpendingRequest', title: '被限制人员的消费申请' },
);

export const ConsumptionRestriction = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    debtorPartyId: Out({ description: '被执行人（案件当事人编号）' }),
    debtorName: Out(),
    debtorKind: OneOf(['person', 'organization'] as const),
    status: OneOf(restrictionStatuses, { description: '待院长签发、限制中、已解除、院长未批准' }),
    statusName: Out(),
    orderedOn: Day('限制消费日期'),
    approvalId: Nullable(Out({ description: '院长签发的审批事项编号；因纳入失信名单而限制的为 null' })),
    approvedOn: Nullable(Day('签发日期，限制消费令自此生效')),
    documentId: Nullable(Out({ description: '限制消费令（DOCX）的文书编号，经 /documents/{id}/services 登记送达' })),
    listingId: Nullable(Out({ description: '因公布失信名单而限制的，失信名单记录编号' })),
    byListing: Type.Boolean({ description: '因纳入失信被执行人名单而限制（第1条第2款）' }),
    liftedOn: Nullable(Day('解除日期')),
    liftGround: Nullable(OneOf(liftGrounds, { description: '解除情形（第9条）' })),
    liftGroundName: Nullable(Out()),
    liftReason: Nullable(Out()),
    liftedBy: Nullable(Out()),
    persons: Type.Array(
      Type.Object({
        id: Out(),
        role: OneOf(personRoles),
        roleName: Out(),
        name: Out(),
        idNumber: Nullable(Out({ description: '公民身份号码（遮蔽）' })),
      }),
    ),
    spendingRequests: Type.Array(Ref(SpendingRequest)),
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out(),
  },
  { $id: 'ConsumptionRestriction', title: '限制消费令' },
);

export const ConsumptionRestrictionList = Type.Object(
  { items: Type.Array(Ref(ConsumptionRestriction)) },
  { $id: 'ConsumptionRestrictionList', title: '案件的限制消费令' },
);

export const restrictionSchemas = [SpendingRequest, ConsumptionRestriction, ConsumptionRestrictionList];

export const orderRestriction = operation({
  operationId: 'orderConsumptionRestriction',
  summary: '对被执行人限制消费',
  description:
    '依《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（2015年修正）第1、3条提交院长签发（第5条）。被执行人为自然人的，限制其本人；' +
    '为单位的，限制单位及其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人，至少须列明法定代表人（legal-representative-required）。' +
    '公民身份号码按 GB 11643 校验。院长同意后状态为 ordered，生成限制消费令（DOCX），经文书送达登记送达。不予受理的答复错误代码，不写入任何内容。',
  tags,
  signedIn: true,
  params: IdParams('案件编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      debtorPartyId: Uuid({ title: '被执行人', description: '案件详情中被执行人的 id' }),
      orderedOn: LocalDate({ title: '限制消费日期' }),
      persons: Type.Optional(
        List(
          Strict({
            role: OneOf(personRoles, { title: '身份' }),
            name: Text({ title: '姓名', minLength: 1, maxLength: 100 }),
            idNumber: Type.Optional(Nullable(Text({ title: '公民身份号码', maxLength: 18 }))),
          }),
          { title: '被限制人员（单位被执行人）', maxItems: 20 },
        ),
      ),
    },
    {
      examples: [
        {
          debtorPartyId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          orderedOn: '2026-12-03',
          persons: [{ role: 'legal-representative', name: '梁国强', idNumber: '440703198005050011' }],
        },
      ],
    },
  ),
  status: 201,
  response: Ref(ConsumptionRestriction),
  responseDescription: '已提交院长签发',
  errors: [
    'case-not-found',
    'debtor-party-not-found',
    'restriction-on-closed-case',
    'legal-representative-required',
    'persons-of-a-person',
    'restricted-person-id-invalid',
    'invalid-input',
    'already-restricted',
    'approval-pending',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const listRestrictions = operation({
  operationId: 'listConsumptionRestrictions',
  summary: '案件的限制消费令',
  description: '本案的限制消费令及其被限制人员、消费申请和解除情况，按先后。',
  tags,
  signedIn: true,
  params: IdParams('案件编号'),
  status: 200,
  response: Ref(ConsumptionRestrictionList),
  errors: ['case-not-found'],
});

export const liftRestriction = operation({
  operationId: 'liftConsumptionRestriction',
  summary: '解除限制消费令',
  description:
    '依第9条解除：security 被执行人提供确实有效的担保、consent 经申请执行人同意（可以解除，须写明事实），performed 履行完毕' +
    '（应当解除，须本案已无未履行金额）。以执行完毕结案的，本案限制消费令自动解除。',
  tags,
  signedIn: true,
  params: IdParams('限制消费令编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      ground: OneOf(liftGrounds, { title: '解除情形' }),
      liftedOn: LocalDate({ title: '解除日期' }),
      reason: Type.Optional(Nullable(Text({ title: '事实和理由', maxLength: 2000, multiline: true }))),
    },
    { examples: [{ ground: 'consent', liftedOn: '2026-12-03', reason: '申请执行人书面同意解除' }] },
  ),
  status: 200,
  response: Ref(ConsumptionRestriction),
  errors: [
    'consumption-restriction-not-found',
    'restriction-not-in-force',
    'unknown-lift-ground',
    'lifted-before-ordered',
    'lift-ground-not-established',
    'lift-reason-required',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const requestSpending = operation({
  operationId: 'requestRestrictedSpending',
  summary: '登记被限制人员的消费申请',
  description:
    '单位的被限制人员因私消费以个人财产实施第3条第1款所列行为的（第3条第2款），或被执行人因生活、经营必需而消费的（第8条），向法院申请，由法院审查决定。',
  tags,
  signedIn: true,
  params: IdParams('限制消费令编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      personName: Text({ title: '申请人（被限制人员）', minLength: 1, maxLength: 100 }),
      item: OneOf(restrictedItems, { title: '消费项目' }),
      reason: Text({ title: '申请事由', minLength: 1, maxLength: 2000, multiline: true }),
      amount: Yuan({ title: '金额（元）' }),
    },
    { examples: [{ personName: '梁国强', item: 'air-sleeper-cabin', reason: '以个人工资支付，探望住院的母亲', amount: '1280.00' }] },
  ),
  status: 201,
  response: Ref(SpendingRequest),
  errors: [
    'consumption-restriction-not-found',
    'restriction-not-in-force',
    'unknown-restricted-item',
    'restricted-person-not-found',
    'spending-reason-required',
    'invalid-amount',
    'idempotency-key-reused',
  ],
});

export const decideSpending = operation({
  operationId: 'decideRestrictedSpending',
  summary: '对消费申请作出决定',
  description: '准许或不予准许；不予准许的须写明理由。每个申请只决定一次。',
  tags,
  signedIn: true,
  params: IdParams('消费申请编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      granted: Type.Boolean({ title: '准许' }),
      reason: Type.Optional(Nullable(Text({ title: '理由', maxLength: 2000, multiline: true }))),
    },
    { examples: [{ granted: true, reason: '经审查属实，以个人财产支付' }] },
  ),
  status: 200,
  response: Ref(SpendingRequest),
  errors: ['spending-request-not-found', 'spending-already-decided', 'spending-decision-reason-required', 'idempotency-key-reused'],
});
