import { Type } from '@sinclair/typebox';
import { LocalDate, List, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid, Yuan, YuanAmount } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { changeKinds, sanctionGrounds, sanctionMeasures, sanctionStatuses, verificationOutcomes } from './reports.types.ts';

// The contract of the debtor's asset report (财产报告), its verification and the sanctions for a
// late, refused or false report (罚款、拘留).

const tags = ['财产报告'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const ReportParams = Strict({ id: Text({ title: '财产报告编号', minLength: 1, maxLength: 64, description: '财产报告编号（UUID）' }) });
const PartyKind = OneOf(['person', 'organization'] as const, { description: 'person 自然人，organization 法人或非法人组织' });

export const ReportOrder = Type.Object(
  {
    orderId: Out({ description: '报告财产令（文书）编号' }),
    debtor: Out({ description: '被责令报告的被执行人' }),
    debtorKind: PartyKind,
    issuedOn: Day('制作日期'),
    servedOn: Nullable(Day('视为送达日期；未送达为 null')),
    reportDueOn: Nullable(Day('报告期限届满日；未送达为 null')),
    reported: Type.Boolean({ description: '是否已登记报告' }),
  },
  { $id: 'ReportOrder', title: '报告财产令' },
);

export const ReportItem = Type.Object(
  {
    kind: OneOf(assetKinds),
    kindName: Out(),
    identifier: Nullable(Out({ description: '登记标识（银行账号、不动产权证号、号牌号码……）' })),
    description: Out(),
    value: Nullable(YuanAmount({ description: '被执行人申报的价值（元）' })),
    change: Nullable(
      Type.Object({
        kind: OneOf(changeKinds),
        kindName: Out(),
        on: Day('变动日期'),
        note: Nullable(Out()),
      }),
    ),
  },
  { $id: 'AssetReportItem', title: '报告的财产' },
);

export const Verification = Type.Object(
  {
    verifiedOn: Day('核查日期'),
    outcome: OneOf(verificationOutcomes),
    outcomeName: Out({ description: '报告属实、报告不完整、虚假报告' }),
    note: Nullable(Out({ description: '核查情况' })),
    verifiedBy: Out({ description: '核查人' }),
  },
  { $id: 'AssetReportVerification', title: '财产报告的核查' },
);

export const AssetReport = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    orderId: Out({ description: '所答复的报告财产令' }),
    debtor: Out({ description: '报告人（被执行人）' }),
    reportedOn: Day('报告日期'),
    reportDueOn: Day('报告期限届满日'),
    late: Type.Boolean({ description: '是否逾期报告（报告日期晚于报告期限届满日）' }),
    complete: Type.Boolean({ description: '是否完整：每项财产均有登记标识和价值，或声明没有财产' }),
    declaresNone: Type.Boolean({ description: '被执行人声明没有可供执行的财产' }),
    note: Nullable(Out()),
    items: Type.Array(Ref(ReportItem)),
    verification: Nullable(Ref(Verification)),
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out({ description: '登记人' }),
  },
  { $id: 'AssetReport', title: '财产报告' },
);

export const AssetReportList = Type.Object(
  { orders: Type.Array(Ref(ReportOrder)), items: Type.Array(Ref(AssetReport)) },
  { $id: 'AssetReportList', title: '报告财产令及财产报告' },
);

export const Sanction = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    orderId: Out(),
    reportId: Nullable(Out({ description: '所依据的财产报告（拒绝报告时为 null）' })),
    measure: OneOf(sanctionMeasures),
    measureName: Out({ description: '罚款、拘留' }),
    ground: OneOf(sanctionGrounds),
    groundName: Out(),
    subject: Out({ description: '被处罚的被执行人' }),
    subjectKind: PartyKind,
    detainee: Nullable(Out({ description: '被拘留人（单位的主要负责人或者直接责任人员）' })),
    amount: Nullable(YuanAmount({ description: '罚款金额（元）' })),
    days: Nullable(Type.Integer({ description: '拘留日数' })),
    startOn: Nullable(Day('拘留起始日')),
    endOn: Nullable(Day('拘留届满日')),
    decidedOn: Day('决定日期'),
    note: Nullable(Out()),
    recordedAt: Out(),
    recordedBy: Out(),
    status: OneOf(sanctionStatuses, { description: '须经院长批准（民事诉讼法 第119条）：待院长审批、院长已批准、院长未批准、已撤回' }),
    statusName: Out(),
    approvalId: Nullable(Out({ description: '院长审批事项编号（此前直接登记的为 null）' })),
    approvedOn: Nullable(Day('院长批准日期，自此生效')),
  },
  { $id: 'ReportSanction', title: '对违反报告义务的罚款、拘留' },
);

export const SanctionList = Type.Object({ items: Type.Array(Ref(Sanction)) }, { $id: 'ReportSanctionList', title: '罚款、拘留' });

export const reportsSchemas = [ReportOrder, ReportItem, Verification, AssetReport, AssetReportList, Sanction, SanctionList];

const ItemInput = Strict({
  kind: OneOf(assetKinds, { title: '财产类型' }),
  identifier: Type.Optional(Nullable(Text({ title: '登记标识', maxLength: 100 }))),
  description: Text({ title: '财产说明', minLength: 1, maxLength: 500 }),
  value: Type.Optional(Nullable(Yuan({ title: '价值' }))),
  change: Type.Optional(
    Nullable(
      Strict(
        {
          kind: OneOf(changeKinds, { title: '变动种类' }),
          on: LocalDate({ title: '变动日期' }),
          note: Type.Optional(Nullable(Text({ title: '变动情况', maxLength: 500 }))),
        },
        { title: '财产变动', description: '自收到执行通知之日前一年至报告之日的变动（转让、出租、设定担保……）' },
      ),
    ),
  ),
});

export const recordAssetReport = operation({
  operationId: 'recordAssetReport',
  summary: '登记被执行人的财产报告',
  description:
    '登记被执行人对报告财产令的报告（最高人民法院关于民事执行中财产调查若干问题的规定 第5–6条）：当前财产及自收到执行通知之日前一年至报告之日的财产变动。报告日期晚于报告期限的标为逾期；每项财产均有登记标识和价值（或声明没有财产）的标为完整。首次报告完成该报告财产令的报告期限。同一幂等键重试答复第一次的登记。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      orderId: Uuid({ title: '报告财产令编号' }),
      reportedOn: LocalDate({ title: '报告日期' }),
      declaresNone: Type.Optional(Type.Boolean({ title: '声明没有财产' })),
      note: Type.Optional(Nullable(Text({ title: '备注', maxLength: 1000, multiline: true }))),
      items: List(ItemInput, { maxItems: 200, description: '报告的财产' }),
    },
    {
      examples: [
        {
          orderId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          reportedOn: '2026-11-30',
          items: [{ kind: 'deposit', identifier: '6222 0201 0000 1234', description: '中国工商银行江门分行活期存款', value: '35000.00' }],
        },
      ],
    },
  ),
  status: 201,
  response: Ref(AssetReport),
  responseDescription: '已登记，待院长审批',
  errors: [
    'case-not-found',
    'report-order-not-found',
    'approval-pending',
    'report-order-not-served',
    'report-before-service',
    'report-on-closed-case',
    'report-empty',
    'report-item-invalid',
    'report-change-outside-lookback',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const listAssetReports = operation({
  operationId: 'listAssetReports',
  summary: '案件的报告财产令及财产报告',
  description: '案件的每份报告财产令（责令谁报告、报告期限）及被执行人的报告、其财产项目和核查结论。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(AssetReportList),
  errors: ['case-not-found'],
});

export const verifyAssetReport = operation({
  operationId: 'verifyAssetReport',
  summary: '登记财产报告的核查结论',
  description:
    '人民法院对被执行人报告的财产进行核查后登记结论：consistent 报告属实、incomplete 报告不完整、false 虚假报告（后两者须写明核查情况）。每份报告核查一次。虚假报告是罚款、拘留和纳入失信被执行人名单的事由。',
  tags,
  signedIn: true,
  params: ReportParams,
  body: Strict(
    {
      verifiedOn: LocalDate({ title: '核查日期' }),
      outcome: OneOf(verificationOutcomes, { title: '核查结论' }),
      note: Type.Optional(Nullable(Text({ title: '核查情况', maxLength: 1000, multiline: true }))),
    },
    { examples: [{ verifiedOn: '2026-12-02', outcome: 'false', note: '经不动产登记查询，名下另有住房一套未报告' }] },
  ),
  status: 201,
  response: Ref(Verification),
  responseDescription: '已登记',
  errors: [
    'asset-report-not-found',
    'report-already-verified',
    'verification-before-report',
    'verification-note-required',
    'invalid-date-value',
    'date-in-future',
  ],
});

export const imposeSanction = operation({
  operationId: 'imposeReportSanction',
  summary: '提请院长批准对违反报告义务的罚款、拘留',
  description:
    '被执行人拒绝报告、虚假报告或无正当理由逾期报告财产的，可以罚款、拘留（中华人民共和国民事诉讼法 第118条；财产调查规定 第9条）。罚款、拘留必须经院长批准（民事诉讼法 第119条）：登记即提请院长审批（状态为待院长审批），院长批准后生效。罚款：对个人十万元以下，对单位五万元以上一百万元以下；拘留：十五日以下，对单位的拘留其主要负责人或者直接责任人员。事由须为案件事实：逾期报告须有逾期的报告，拒绝报告须报告期限已届满且未报告，虚假报告须经核查认定为虚假。同一幂等键重试答复第一次的登记。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      orderId: Uuid({ title: '报告财产令编号' }),
      measure: OneOf(sanctionMeasures, { title: '措施' }),
      ground: OneOf(sanctionGrounds, { title: '事由' }),
      decidedOn: LocalDate({ title: '决定日期' }),
      amount: Type.Optional(Nullable(Yuan({ title: '罚款金额' }))),
      days: Type.Optional(Nullable(Type.Integer({ title: '拘留日数', minimum: 1, maximum: 365 }))),
      startOn: Type.Optional(Nullable(LocalDate({ title: '拘留起始日' }))),
      detainee: Type.Optional(Nullable(Text({ title: '被拘留人', maxLength: 100 }))),
      note: Type.Optional(Nullable(Text({ title: '备注', maxLength: 1000, multiline: true }))),
    },
    {
      examples: [
        {
          orderId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          measure: 'fine',
          ground: 'refused-report',
          decidedOn: '2026-12-03',
          amount: '50000.00',
        },
      ],
    },
  ),
  status: 201,
  response: Ref(Sanction),
  responseDescription: '已登记，待院长审批',
  errors: [
    'case-not-found',
    'report-order-not-found',
    'approval-pending',
    'sanction-on-closed-case',
    'sanction-ground-not-established',
    'fine-amount-required',
    'fine-out-of-range',
    'detention-start-required',
    'detention-out-of-range',
    'detention-before-decision',
    'detainee-required',
    'unknown-sanction-measure',
    'unknown-sanction-ground',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const listSanctions = operation({
  operationId: 'listReportSanctions',
  summary: '案件的罚款、拘留',
  description: '对违反报告义务的被执行人的罚款、拘留，按登记先后。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(SanctionList),
  errors: ['case-not-found'],
});
