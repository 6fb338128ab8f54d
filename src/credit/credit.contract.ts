import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { listingStatuses } from './credit.types.ts';
import { deletionGrounds, recordableGrounds } from '../rules/listing-deletion.ts';
import { restrictionSchemas } from './restriction.contract.ts';
import { correctionSchemas } from './correction.contract.ts';
import { restorationSchemas } from './restoration.contract.ts';

// The contract of credit discipline (失信惩戒): the dishonest list (失信被执行人名单).

const tags = ['失信惩戒'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });

export const DishonestListing = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    debtorPartyId: Out({ description: '被执行人（案件当事人编号）' }),
    debtorName: Out(),
    debtorKind: OneOf(['person', 'organization'] as const, { description: 'person 自然人，organization 单位' }),
    ground: Type.Integer({ description: '纳入情形：失信名单规定 第1条 第1–6项' }),
    groundName: Out(),
    evidence: Out({ description: '据以认定的事实和证据' }),
    decidedOn: Day('决定日期'),
    graceMonths: Type.Integer({ description: '宽限期（月，0 为不给予）' }),
    publishOn: Day('宽限期届满、予以公布之日'),
    termYears: Nullable(Type.Integer({ description: '纳入期限（年）；第1项无固定期限为 null' })),
    endsOn: Nullable(Day('期限届满日；无固定期限为 null')),
    status: OneOf(listingStatuses, { description: '待院长审批、已决定（宽限期内）、已公布、已删除、期限届满、院长未批准' }),
    statusName: Out(),
    approvalId: Nullable(Out({ description: '院长审核签发的审批事项编号' })),
    approvedOn: Nullable(Day('院长批准日期，决定自此生效')),
    publishedOn: Nullable(Day('公布日期')),
    endedOn: Nullable(Day('删除或届满日期')),
    endGround: Nullable(
      OneOf(deletionGrounds, { description: '删除情形（失信名单规定 第10条）、term-expired 期限届满或 corrected 纠正删除（第11条）' }),
    ),
    endGroundName: Nullable(Out()),
    endReason: Nullable(Out({ description: '删除的事实和理由' })),
    endedBy: Nullable(Out({ description: '删除人（自动删除为系统）' })),
    deletionDueOn: Nullable(Day('删除信息的最后期限：删除情形发生后三个工作日（已公布的才有）')),
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out({ description: '登记人' }),
  },
  { $id: 'DishonestListing', title: '失信被执行人名单记录' },
);

export const DishonestListingList = Type.Object(
  { items: Type.Array(Ref(DishonestListing)) },
  { $id: 'DishonestListingList', title: '案件的失信被执行人名单记录' },
);

const Delivery = Nullable(
  Type.Object({
    state: OneOf(['queued', 'sent', 'acknowledged'] as const, {
      description: 'queued 排队（前一条未确认），sent 已发出待确认，acknowledged 已确认',
    }),
    stateName: Out(),
    sentAt: Nullable(Out({ description: '发出时间（ISO 8601）' })),
    acknowledgedAt: Nullable(Out({ description: '接收方确认时间（ISO 8601）' })),
    reference: Nullable(Out({ description: '接收方确认编号' })),
    attempts: Type.Integer({ description: '投递次数' }),
  }),
);

export const ListingNotifications = Type.Object(
  {
    listingId: Out(),
    status: OneOf(listingStatuses),
    deletionDueOn: Nullable(Day('删除并通知的最后期限')),
    allAcknowledged: Type.Boolean({ description: '每个接收方都已确认已发出的每条通知' }),
    items: Type.Array(
      Type.Object({
        recipient: Out({ description: '接收方代码' }),
        recipientName: Out(),
        addition: Delivery,
        deletion: Delivery,
      }),
    ),
  },
  { $id: 'ListingNotifications', title: '失信信息的通知送达情况' },
);

export const creditSchemas = [
  DishonestListing,
  DishonestListingList,
  ListingNotifications,
  ...restrictionSchemas,
  ...correctionSchemas,
  ...restorationSchemas,
];

const ListingParams = Strict({ id: Text({ title: '失信名单记录编号', minLength: 1, maxLength: 64 }) });

export const deleteListing = operation({
  operationId: 'deleteDishonestListing',
  summary: '删除失信信息',
  description:
    '依《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第10条删除：performed 全部履行完毕（须本案已无未履行金额）、' +
    'settlement-performed 和解协议履行完毕、applicant-request 申请执行人书面申请删除、no-property-after-termination 终本后两次以上网络查询无财产、' +
    'suspended 因审判监督或破产程序中止执行、not-enforced 不予执行、terminated 终结执行；除全部履行外须写明事实和理由。' +
    '执行完毕、不予执行、终结执行结案时自动删除，期限届满由每日任务删除。已公布的，删除后三个工作日内通知每个接收方并取得确认（节点期限 dishonest-deletion）。' +
    '依申请删除后六个月内不得再次纳入（relisting-barred）。',
  tags,
  signedIn: true,
  params: ListingParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      ground: OneOf(recordableGrounds, { title: '删除情形' }),
      deletedOn: LocalDate({ title: '删除日期' }),
      reason: Type.Optional(Nullable(Text({ title: '事实和理由', maxLength: 2000, multiline: true }))),
    },
    { examples: [{ ground: 'applicant-request', deletedOn: '2026-12-03', reason: '申请执行人提交书面申请，请求删除' }] },
  ),
  status: 200,
  response: Ref(DishonestListing),
  errors: [
    'dishonest-listing-not-found',
    'listing-not-live',
    'deletion-before-decision',
    'deletion-ground-not-established',
    'deletion-reason-required',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const getListing = operation({
  operationId: 'getDishonestListing',
  summary: '失信名单记录',
  description: '一条失信被执行人名单记录及其状态、删除情形和删除期限。',
  tags,
  signedIn: true,
  params: ListingParams,
  status: 200,
  response: Ref(DishonestListing),
  errors: ['dishonest-listing-not-found'],
});

export const listingNotifications = operation({
  operationId: 'getDishonestListingNotifications',
  summary: '失信信息的通知送达情况',
  description:
    '纳入（公布时）和删除失信信息，逐一通知每个接收方（银行、征信机构、铁路、民航、市场监管）：每个接收方的通知按发生先后逐条发出，' +
    '前一条确认后发出下一条，未确认的持续重试。此处列出每个接收方的纳入通知和删除通知的状态、发出时间、确认时间和确认编号。',
  tags,
  signedIn: true,
  params: ListingParams,
  status: 200,
  response: Ref(ListingNotifications),
  errors: ['dishonest-listing-not-found'],
});

export const decideListing = operation({
  operationId: 'decideDishonestListing',
  summary: '决定将被执行人纳入失信被执行人名单',
  description:
    '依《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第1–4条审查并提交院长审核签发：第1项须尚有未履行的金钱债务，' +
    '且已查封、扣押、冻结的财产不足以清偿；第4项须有违反财产报告制度的案件事实；第2、3、5、6项须写明证据。未成年人不得纳入。' +
    '可给予0至3个月宽限期（默认1个月，善意文明执行意见 第17条），期满予以公布；第2–6项期限二年，可延长一至三年，自公布之日起算。' +
    '不予纳入的，答复 422 及规则代码，不写入任何内容。同一幂等键重试答复第一次的登记。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      debtorPartyId: Uuid({ title: '被执行人', description: '案件详情中被执行人的 id' }),
      ground: Type.Integer({ title: '纳入情形', description: '第1条第1–6项' }),
      decidedOn: LocalDate({ title: '决定日期' }),
      graceMonths: Type.Optional(Type.Integer({ title: '宽限期（月）', description: '0 至 3 个月；不填为默认 1 个月' })),
      extensionYears: Type.Optional(Type.Integer({ title: '延长期限（年）', description: '第2–6项情节严重的延长一至三年（第2条）' })),
      evidence: Type.Optional(Nullable(Text({ title: '事实和证据', maxLength: 2000, multiline: true }))),
    },
    { examples: [{ debtorPartyId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11', ground: 4, decidedOn: '2026-12-03', graceMonths: 1 }] },
  ),
  status: 201,
  response: Ref(DishonestListing),
  responseDescription: '已提交院长审核签发',
  errors: [
    'case-not-found',
    'debtor-party-not-found',
    'listing-on-closed-case',
    'minor',
    'age-unknown',
    'fully-secured',
    'sufficient-seized-property',
    'unknown-ground',
    'extension-out-of-range',
    'grace-out-of-range',
    'ground-not-established',
    'ground-evidence-required',
    'already-listed',
    'relisting-barred',
    'approval-pending',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const listListings = operation({
  operationId: 'listDishonestListings',
  summary: '案件的失信被执行人名单记录',
  description: '本案纳入失信被执行人名单的决定及其状态（待审批、宽限期内、已公布、已删除、期限届满），按决定先后。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(DishonestListingList),
  errors: ['case-not-found'],
});
