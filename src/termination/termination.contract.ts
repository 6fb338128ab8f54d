import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { interviewMethods, terminationRoutes } from './termination.types.ts';

// The contract of the 终本 gate (终结本次执行程序): the check on the case's recorded facts, and the
// two facts it adds — the interview of the applicant (约谈) and a debtor's whereabouts.

const tags = ['终结本次执行程序'];
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });

export const TerminationEvidence = Type.Object(
  {
    source: Out({ description: '依据的记录：审计事件的动作（如 case.enforcement-notice-served）或数据表（如 consumption_restrictions）' }),
    id: Nullable(Out({ description: '该记录的编号' })),
    on: Nullable(Day('记录的日期')),
    text: Out({ description: '依据的中文说明' }),
  },
  { $id: 'TerminationEvidence', title: '终本条件的依据' },
);

export const TerminationCondition = Type.Object(
  {
    condition: Out({ description: '条件代码：未满足时的稳定代码（src/rules/termination-check.ts），如 online-search-not-done' }),
    label: Out({ description: '条件（中文）' }),
    article: Out({ description: '依据条文' }),
    met: Type.Boolean({ description: '案件记录是否满足该条件' }),
    evidence: Nullable(Ref(TerminationEvidence)),
    detail: Out({ description: '满足时为依据的说明；未满足时为还须做什么，如「须对被执行人张三完成网络查控」' }),
  },
  { $id: 'TerminationCondition', title: '终本条件' },
);

export const TerminationCheck = Type.Object(
  {
    caseId: Out(),
    eligible: Type.Boolean({ description: '全部条件均已满足，可以终结本次执行程序' }),
    asOf: Day('审查日'),
    filedOn: Day('立案日期'),
    earliestDate: Day('最早可终本之日：立案满三个月的次日'),
    conditions: Type.Array(Ref(TerminationCondition)),
  },
  { $id: 'TerminationCheck', title: '终本条件审查' },
);

export const ApplicantInterview = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    interviewedOn: Day('约谈日期'),
    method: OneOf(interviewMethods),
    methodName: Out({ description: '当面约谈、电话约谈、视频约谈、书面征询' }),
    applicantPartyId: Out(),
    applicant: Out({ description: '申请执行人' }),
    applicantView: Out({ description: '申请执行人的意见' }),
    agreesToTermination: Type.Boolean({ description: '申请执行人是否书面同意终结本次执行程序' }),
  },
  { $id: 'ApplicantInterview', title: '约谈申请执行人记录' },
);

export const DebtorWhereabouts = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    debtorPartyId: Out(),
    debtor: Out({ description: '被执行人' }),
    recordedOn: Day('登记日期'),
    missing: Type.Boolean({ description: '下落不明' }),
    searched: Type.Boolean({ description: '已依法查找' }),
    measures: Out({ description: '查找措施' }),
  },
  { $id: 'DebtorWhereabouts', title: '被执行人下落记录' },
);

export const terminationSchemas = [TerminationEvidence, TerminationCondition, TerminationCheck, ApplicantInterview, DebtorWhereabouts];

export const terminationCheck = operation({
  operationId: 'getTerminationCheck',
  summary: '终本条件审查',
  description:
    '按案件自身的记录审查终结本次执行程序的条件（《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第1–5条）：每项条件满足的，给出依据的记录和日期；未满足的，说明还须做什么。asOf 缺省为今天。',
  tags,
  signedIn: true,
  params: CaseParams,
  querystring: Strict({
    asOf: Type.Optional(LocalDate({ title: '审查日' })),
    route: Type.Optional(
      OneOf(terminationRoutes, {
        title: '终本程序',
        description: 'applicant-confirmed 时另审查申请执行人是否书面同意（applicant-not-confirmed）',
      }),
    ),
  }),
  status: 200,
  response: Ref(TerminationCheck),
  errors: ['case-not-found', 'invalid-date-value', 'date-order-invalid'],
});

export const recordApplicantInterview = operation({
  operationId: 'recordApplicantInterview',
  summary: '登记约谈申请执行人',
  description:
    '终本前约谈申请执行人（规定第5条，条号待核实）：告知案件情况、已采取的措施、被执行人的财产情况和终本的后果，记录申请执行人的意见和是否书面同意终本。最近一次约谈为准。同一幂等键重试答复第一次的登记。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      interviewedOn: LocalDate({ title: '约谈日期' }),
      method: OneOf(interviewMethods, { title: '约谈方式' }),
      applicantPartyId: Text({ title: '申请执行人', minLength: 1, maxLength: 64, description: '案件详情中申请执行人的 id' }),
      applicantView: Text({ title: '申请执行人的意见', minLength: 1, maxLength: 2000, multiline: true }),
      agreesToTermination: Type.Boolean({ title: '同意终本', description: '申请执行人书面同意终结本次执行程序' }),
    },
    {
      examples: [
        {
          interviewedOn: '2026-11-25',
          method: 'in-person',
          applicantPartyId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          applicantView: '知悉被执行人暂无可供执行的财产，同意终结本次执行程序，发现财产后申请恢复执行',
          agreesToTermination: true,
        },
      ],
    },
  ),
  status: 201,
  response: Ref(ApplicantInterview),
  responseDescription: '已登记',
  errors: [
    'case-not-found',
    'termination-fact-on-closed-case',
    'applicant-party-not-found',
    'date-in-future',
    'date-order-invalid',
    'idempotency-key-reused',
  ],
});

export const recordDebtorWhereabouts = operation({
  operationId: 'recordDebtorWhereabouts',
  summary: '登记被执行人下落及查找情况',
  description:
    '被执行人下落不明的，终本前须依法查找（规定第1条第5项）。登记是否下落不明、是否已查找及查找措施；每名被执行人以最近一次登记为准。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      debtorPartyId: Text({ title: '被执行人', minLength: 1, maxLength: 64, description: '案件详情中被执行人的 id' }),
      recordedOn: LocalDate({ title: '登记日期' }),
      missing: Type.Boolean({ title: '下落不明' }),
      searched: Type.Boolean({ title: '已依法查找' }),
      measures: Text({ title: '查找措施', maxLength: 2000, multiline: true }),
    },
    {
      examples: [
        {
          debtorPartyId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          recordedOn: '2026-11-25',
          missing: true,
          searched: true,
          measures: '向户籍地派出所查询，到住所地走访邻居和居委会，公告查找',
        },
      ],
    },
  ),
  status: 201,
  response: Ref(DebtorWhereabouts),
  responseDescription: '已登记',
  errors: [
    'case-not-found',
    'termination-fact-on-closed-case',
    'debtor-whereabouts-party-not-found',
    'date-in-future',
    'idempotency-key-reused',
  ],
});
