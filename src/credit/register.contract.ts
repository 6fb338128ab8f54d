import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { deletionGrounds } from '../rules/listing-deletion.ts';
import { listingStatuses } from './credit.types.ts';

// The court's dishonest-list register (失信被执行人名单登记簿) and the credit statistics
// (信用惩戒统计), rolled up through the court hierarchy (ADR 0207).

const tags = ['失信惩戒'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const CourtCode = Type.Optional(
  Text({ title: '法院代字', maxLength: 20, description: '法院代字，如 粤0703；缺省为本院。上级法院可查看辖区内的下级法院' }),
);

export const ListingRegisterItem = Type.Object(
  {
    id: Out({ description: '失信名单记录编号' }),
    caseId: Out(),
    caseNumber: Out({ description: '案号' }),
    courtCode: Out(),
    courtName: Out(),
    debtorName: Out(),
    debtorKind: OneOf(['person', 'organization'] as const, { description: 'person 自然人，organization 单位' }),
    ground: Type.Integer({ description: '纳入情形：失信名单规定 第1条 第1–6项' }),
    groundName: Out(),
    status: OneOf(listingStatuses),
    statusName: Out(),
    decidedOn: Day('决定日期'),
    publishOn: Day('宽限期届满、予以公布之日'),
    publishedOn: Nullable(Day('公布日期')),
    endsOn: Nullable(Day('期限届满日；无固定期限为 null')),
    endedOn: Nullable(Day('删除或届满日期')),
    endGround: Nullable(OneOf(deletionGrounds, { description: '删除情形或 term-expired 期限届满' })),
    endGroundName: Nullable(Out()),
    deletionDueOn: Nullable(Day('删除信息的最后期限')),
  },
  { $id: 'ListingRegisterItem', title: '失信名单登记簿的一条记录' },
);

export const ListingRegister = Type.Object(
  {
    court: Type.Object({ code: Out(), name: Out() }),
    items: Type.Array(Ref(ListingRegisterItem)),
    total: Type.Integer({ description: '符合筛选条件的记录总数' }),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  },
  { $id: 'ListingRegister', title: '失信被执行人名单登记簿' },
);

const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const CreditStatisticsRow = Type.Object(
  {
    courtCode: Nullable(Out({ description: '法院代字；合计行为 null' })),
    courtName: Out({ description: '法院名称；合计行为“合计”' }),
    kind: OneOf(['own', 'lower', 'total'] as const, {
      description: 'own 本院自身的数字；lower 一个下级法院（含其辖区）的数字；total 本院及辖区合计',
    }),
    newListings: Count('本季度公布的失信被执行人名单（按公布日期）'),
    restrictions: Count('本季度限制消费（credit.restriction-imposed 事件，按记录日期）'),
    deletions: Type.Array(
      Type.Object({ ground: OneOf(deletionGrounds), groundName: Out(), count: Count('本季度以该情形删除（或期限届满）的已公布名单') }),
      { description: '按删除情形（失信名单规定 第10条第1款第1–7项）和期限届满（第10条第2款），每种一行' },
    ),
    deletionsTotal: Count('本季度删除和期限届满的已公布名单合计'),
    restorations: Count('本季度信用修复（credit.restoration-approved 事件，按记录日期）'),
  },
  { $id: 'CreditStatisticsRow', title: '信用惩戒统计的一行' },
);

export const CreditStatistics = Type.Object(
  {
    court: Type.Object({ code: Out(), name: Out(), level: Out() }),
    year: Type.Integer(),
    quarter: Nullable(Type.Integer({ description: '所查季度；未指定时为 null，列出全年四个季度' })),
    periods: Type.Array(
      Type.Object({
        quarter: Type.Integer({ minimum: 1, maximum: 4 }),
        from: Day('季度首日'),
        to: Day('季度末日'),
        rows: Type.Array(Ref(CreditStatisticsRow), { description: '本院、每个下级法院（含其辖区）、合计' }),
      }),
    ),
  },
  { $id: 'CreditStatistics', title: '信用惩戒统计' },
);

export const registerSchemas = [ListingRegisterItem, ListingRegister, CreditStatisticsRow, CreditStatistics];

export const listingRegister = operation({
  operationId: 'listCourtDishonestListings',
  summary: '失信被执行人名单登记簿',
  description:
    '一个法院的失信被执行人名单记录（缺省为本院；上级法院可指定辖区内的下级法院，辖区外的答复 403 court-out-of-scope），' +
    '按决定日期由新到旧。可按状态、纳入情形、被执行人名称或案号（片段）和决定日期区间筛选；分页带总数。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: CourtCode,
    status: Type.Optional(OneOf(listingStatuses, { title: '状态' })),
    ground: Type.Optional(Type.Integer({ title: '纳入情形', minimum: 1, maximum: 6, description: '第1条第1–6项' })),
    q: Type.Optional(Text({ title: '被执行人或案号', maxLength: 64, description: '被执行人名称的片段，或案号（任意写法，可为片段）' })),
    from: Type.Optional(LocalDate({ title: '决定日期起' })),
    to: Type.Optional(LocalDate({ title: '决定日期止' })),
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 100, default: 20 })),
  }),
  status: 200,
  response: Ref(ListingRegister),
  errors: ['unknown-court', 'court-out-of-scope'],
});

export const creditStatistics = operation({
  operationId: 'getCreditStatistics',
  summary: '信用惩戒统计',
  description:
    '按季度统计一个法院（缺省为本院）及其辖区：新公布的失信被执行人名单（按公布日期）、限制消费、按删除情形的删除和期限届满（已公布的名单，按删除日期）、' +
    '信用修复（后两类事件按记录时刻的北京时间日期）。列出本院自身、每个下级法院（含其辖区）和合计。未指定季度时列出全年四个季度。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: CourtCode,
    year: Type.Integer({ title: '年度', minimum: 2000, maximum: 2100 }),
    quarter: Type.Optional(Type.Integer({ title: '季度', minimum: 1, maximum: 4 })),
  }),
  status: 200,
  response: Ref(CreditStatistics),
  errors: ['unknown-court', 'court-out-of-scope'],
});
