import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { listingStatuses } from './credit.types.ts';

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
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out({ description: '登记人' }),
  },
  { $id: 'DishonestListing', title: '失信被执行人名单记录' },
);

export const DishonestListingList = Type.Object(
  { items: Type.Array(Ref(DishonestListing)) },
  { $id: 'DishonestListingList', title: '案件的失信被执行人名单记录' },
);

export const creditSchemas = [DishonestListing, DishonestListingList];

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
