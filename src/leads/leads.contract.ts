import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { leadOutcomes, leadSources } from './leads.types.ts';

// The contract of asset leads (财产线索): submitted by the applicant in the portal or recorded by
// an officer, verified within 7 days (3 if urgent), with an outcome.

const tags = ['财产线索'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const LeadParams = Strict({ id: Text({ title: '线索编号', minLength: 1, maxLength: 64, description: '财产线索编号（UUID）' }) });

export const Lead = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    kind: OneOf(assetKinds),
    kindName: Out({ description: '财产类型名称' }),
    identifier: Nullable(Out({ description: '登记标识（银行账号、不动产权证号、号牌号码……）' })),
    description: Out({ description: '线索内容及来源' }),
    urgent: Type.Boolean({ description: '情况紧急（3日内核查）' }),
    submittedOn: Day('提交日期'),
    verifyDueOn: Day('核查期限届满日'),
    source: OneOf(leadSources),
    sourceName: Out(),
    submittedBy: Out({ description: '提交人或登记人' }),
    outcome: Nullable(OneOf(leadOutcomes)),
    outcomeName: Nullable(Out()),
    outcomeOn: Nullable(Day('核查日期')),
    outcomeNote: Nullable(Out({ description: '核查情况' })),
    outcomeBy: Nullable(Out({ description: '核查人' })),
  },
  { $id: 'AssetLead', title: '财产线索' },
);

export const LeadList = Type.Object({ items: Type.Array(Ref(Lead)) }, { $id: 'AssetLeadList', title: '财产线索列表' });

export const leadsSchemas = [Lead, LeadList];

const LeadBody = Strict(
  {
    kind: OneOf(assetKinds, { title: '财产类型' }),
    identifier: Type.Optional(Nullable(Text({ title: '登记标识', maxLength: 100 }))),
    description: Text({ title: '线索内容', minLength: 1, maxLength: 1000, multiline: true, description: '财产线索的具体内容和来源' }),
    urgent: Type.Optional(Type.Boolean({ title: '情况紧急' })),
    requestResumption: Type.Optional(
      Type.Boolean({ title: '同时申请恢复执行', description: '仅限终结本次执行程序的案件（民诉法解释 第517条）：以该线索申请恢复执行' }),
    ),
  },
  {
    examples: [
      {
        kind: 'real-estate',
        identifier: '粤（2024）江门市不动产权第0012345号',
        description: '被执行人名下位于蓬江区的住房一套，来源：房屋买卖合同',
        urgent: false,
      },
    ],
  },
);

const submitDescription =
  '财产线索（最高人民法院关于民事执行中财产调查若干问题的规定 第2条）：线索明确、具体的，人民法院应当在7日内调查核实，情况紧急的在3日内调查核实；提交即开始计算核查期限。已结案的案件不接受线索，终结本次执行程序的案件除外（可同时申请恢复执行）。同一幂等键重试答复第一次的登记。';

export const recordLead = operation({
  operationId: 'recordAssetLead',
  summary: '登记财产线索',
  description: `承办人登记申请执行人（当面、电话或书面）提供的财产线索。${submitDescription}`,
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: LeadBody,
  status: 201,
  response: Ref(Lead),
  responseDescription: '已登记',
  errors: ['case-not-found', 'lead-on-closed-case', 'resumption-request-not-allowed', 'idempotency-key-reused'],
});

export const caseLeads = operation({
  operationId: 'listCaseAssetLeads',
  summary: '案件的财产线索',
  description: '案件的全部财产线索（当事人提交的和承办人登记的），及其核查期限和结果。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(LeadList),
  errors: ['case-not-found'],
});

export const recordLeadOutcome = operation({
  operationId: 'recordAssetLeadOutcome',
  summary: '登记财产线索的核查结果',
  description:
    '核查结果：verified-found 经核查财产存在、not-found 未发现该财产、not-verifiable 线索不明确无法核查（后两者须写明核查情况）。每条线索登记一次，完成其核查期限。',
  tags,
  signedIn: true,
  params: LeadParams,
  body: Strict(
    {
      outcome: OneOf(leadOutcomes, { title: '核查结果' }),
      on: LocalDate({ title: '核查日期' }),
      note: Type.Optional(Nullable(Text({ title: '核查情况', maxLength: 1000, multiline: true }))),
    },
    { examples: [{ outcome: 'verified-found', on: '2026-11-30', note: '经不动产登记中心查询，线索属实' }] },
  ),
  status: 200,
  response: Ref(Lead),
  errors: [
    'lead-not-found',
    'lead-outcome-recorded',
    'lead-outcome-note-required',
    'lead-outcome-before-submission',
    'invalid-date-value',
    'date-in-future',
  ],
});

export const submitOwnLead = operation({
  operationId: 'submitOwnAssetLead',
  summary: '提交财产线索（当事人）',
  description: `申请执行人在当事人服务中为本人的案件提交财产线索。${submitDescription}`,
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: LeadBody,
  status: 201,
  response: Ref(Lead),
  responseDescription: '已提交',
  errors: ['case-not-found', 'lead-on-closed-case', 'resumption-request-not-allowed', 'idempotency-key-reused'],
});

export const ownLeads = operation({
  operationId: 'listOwnAssetLeads',
  summary: '本人提交的财产线索（当事人）',
  description: '申请执行人在本人的案件中提交的财产线索，及其核查期限和结果。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(LeadList),
  errors: ['case-not-found'],
});
