import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { correctionGrounds } from '../rules/listing-correction.ts';
import { correctionStates, reconsiderationStates } from './correction.types.ts';

// The contract of correction requests and 复议 of a dishonest listing (失信名单规定(2017) 第11–12条, ADR 0211).

const tags = ['失信惩戒'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const IdParams = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64 }) });

const Fields = (out: boolean) => {
  const props = {
    name: Type.Optional(out ? Out() : Text({ title: '姓名或名称', maxLength: 200 })),
    idNumber: Type.Optional(out ? Out() : Text({ title: '公民身份号码', maxLength: 40 })),
    creditCode: Type.Optional(out ? Out() : Text({ title: '统一社会信用代码', maxLength: 40 })),
    obligation: Type.Optional(out ? Out() : Text({ title: '生效法律文书确定的义务', maxLength: 2000, multiline: true })),
  };
  const title = '更正后的公布信息（第11条第2项）';
  return out ? Type.Object(props, { title }) : Strict(props, { title });
};

export const ListingCorrection = Type.Object(
  {
    id: Out(),
    listingId: Out(),
    caseId: Out(),
    ground: OneOf(correctionGrounds, { description: '纠正事由（第11条第1至3项）' }),
    groundName: Out(),
    groundArticle: Out(),
    request: Out({ description: '申请的事实和理由' }),
    correctedFields: Fields(true),
    filedBy: OneOf(['debtor', 'officer'] as const, { description: 'debtor 被执行人在当事人端提交，officer 执行人员登记书面申请' }),
    filedOn: Day('收到书面申请日期'),
    state: OneOf(correctionStates, { description: '待审查、理由成立已纠正、决定驳回' }),
    stateName: Out(),
    reviewDueOn: Day('审查期限（十五日）'),
    decidedOn: Nullable(Day('决定日期')),
    decisionReason: Nullable(Out()),
    decidedBy: Nullable(Out()),
    correctDueOn: Nullable(Day('纠正期限（三个工作日）')),
    reconsideration: Type.Object({
      state: OneOf(reconsiderationStates),
      stateName: Out(),
      filedOn: Nullable(Day('复议申请日期')),
      court: Nullable(Out({ description: '复议法院（执行法院的上一级人民法院）' })),
      dueOn: Nullable(Day('复议决定期限（十五日）')),
      decidedOn: Nullable(Day('复议决定日期')),
      reason: Nullable(Out()),
      decidedBy: Nullable(Out()),
    }),
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out(),
  },
  { $id: 'ListingCorrection', title: '失信信息纠正申请' },
);

export const ListingCorrectionList = Type.Object(
  { items: Type.Array(Ref(ListingCorrection)) },
  { $id: 'ListingCorrectionList', title: '失信信息的纠正申请' },
);

export const correctionSchemas = [ListingCorrection, ListingCorrectionList];

const requestBody = Strict(
  {
    ground: OneOf(correctionGrounds, { title: '纠正事由' }),
    filedOn: LocalDate({ title: '收到书面申请日期' }),
    request: Text({ title: '申请的事实和理由', minLength: 1, maxLength: 2000, multiline: true }),
    correctedFields: Type.Optional(Nullable(Fields(false))),
  },
  {
    examples: [
      { ground: 'data-wrong', filedOn: '2026-12-03', request: '公布的身份证号码有误', correctedFields: { idNumber: '440703198005050011' } },
    ],
  },
);
const requestErrors = [
  'dishonest-listing-not-found',
  'unknown-correction-ground',
  'correction-request-required',
  'listing-ended',
  'correction-before-listing',
  'correction-pending',
  'invalid-date-value',
  'date-in-future',
  'idempotency-key-reused',
] as const;

export const recordCorrection = operation({
  operationId: 'recordListingCorrection',
  summary: '登记被执行人的纠正申请',
  description:
    '被纳入失信被执行人名单的被执行人认为不应纳入（not-listable）、公布的信息不准确（data-wrong）或应予删除（should-be-deleted）的，' +
    '可以申请纠正（失信名单规定 第11条）。自收到申请之日起十五日内审查（节点期限 dishonest-correction-review）。每条失信信息同时只有一个待审查的申请。',
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  headers: IdempotencyHeaders,
  body: requestBody,
  status: 201,
  response: Ref(ListingCorrection),
  responseDescription: '已登记，待审查',
  errors: [...requestErrors],
});

export const fileOwnCorrection = operation({
  operationId: 'fileOwnListingCorrection',
  summary: '被执行人申请纠正失信信息（当事人端）',
  description: '被执行人本人在当事人端提交纠正申请；不是该失信信息的被执行人的，答复 404。',
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  headers: IdempotencyHeaders,
  body: requestBody,
  status: 201,
  response: Ref(ListingCorrection),
  responseDescription: '已提交，待审查',
  errors: [...requestErrors],
});

export const listCorrections = operation({
  operationId: 'listListingCorrections',
  summary: '失信信息的纠正申请',
  description: '该失信信息的纠正申请及其决定、复议，按先后。',
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  status: 200,
  response: Ref(ListingCorrectionList),
  errors: ['dishonest-listing-not-found'],
});

export const decideCorrection = operation({
  operationId: 'decideListingCorrection',
  summary: '对纠正申请作出决定',
  description:
    '理由成立的（justified）当即纠正：第1、3项删除失信信息（删除情形 corrected，通知各接收方），第2项更正公布的信息（correctedFields，' +
    '以 correction 通知告知各接收方）；节点期限 dishonest-correction（三个工作日）同时满足。理由不成立的决定驳回，须写明理由。',
  tags,
  signedIn: true,
  params: IdParams('纠正申请编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      justified: Type.Boolean({ title: '理由成立' }),
      decidedOn: LocalDate({ title: '决定日期' }),
      reason: Type.Optional(Nullable(Text({ title: '理由', maxLength: 2000, multiline: true }))),
      correctedFields: Type.Optional(Nullable(Fields(false))),
    },
    { examples: [{ justified: false, decidedOn: '2026-12-03', reason: '被执行人有履行能力而拒不履行，纳入并无不当' }] },
  ),
  status: 200,
  response: Ref(ListingCorrection),
  errors: [
    'listing-correction-not-found',
    'correction-decided',
    'correction-reason-required',
    'decision-before-request',
    'listing-ended',
    'corrected-fields-required',
    'corrected-field-invalid',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const requestReconsideration = operation({
  operationId: 'requestCorrectionReconsideration',
  summary: '登记向上一级法院申请复议',
  description:
    '对驳回决定不服的，自决定送达之日起十日内向上一级人民法院申请复议（第12条；驳回决定尚未以决定书送达，自决定日期起算）。' +
    '上一级法院自收到之日起十五日内作出决定（节点期限 dishonest-reconsideration）；复议期间失信信息不停止公布。',
  tags,
  signedIn: true,
  params: IdParams('纠正申请编号'),
  headers: IdempotencyHeaders,
  body: Strict({ filedOn: LocalDate({ title: '复议申请日期' }) }, { examples: [{ filedOn: '2026-12-03' }] }),
  status: 200,
  response: Ref(ListingCorrection),
  errors: [
    'listing-correction-not-found',
    'correction-not-rejected',
    'reconsideration-already-filed',
    'reconsideration-before-decision',
    'reconsideration-out-of-time',
    'no-higher-court',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const decideReconsideration = operation({
  operationId: 'decideCorrectionReconsideration',
  summary: '上一级法院作出复议决定',
  description: '由执行法院的上一级人民法院的工作人员决定：revoked 撤销驳回决定并删除失信信息（通知各接收方），否则维持。',
  tags,
  signedIn: true,
  params: IdParams('纠正申请编号'),
  headers: IdempotencyHeaders,
  body: Strict(
    {
      revoked: Type.Boolean({ title: '撤销驳回决定' }),
      decidedOn: LocalDate({ title: '复议决定日期' }),
      reason: Text({ title: '理由', minLength: 1, maxLength: 2000, multiline: true }),
    },
    { examples: [{ revoked: true, decidedOn: '2026-12-03', reason: '被执行人已提供充分有效担保，不应纳入' }] },
  ),
  status: 200,
  response: Ref(ListingCorrection),
  errors: [
    'listing-correction-not-found',
    'reconsideration-not-pending',
    'not-higher-court',
    'reconsideration-reason-required',
    'decision-before-request',
    'invalid-date-value',
    'date-in-future',
    'idempotency-key-reused',
  ],
});
