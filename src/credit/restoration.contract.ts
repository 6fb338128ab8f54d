import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { restorationGrounds } from '../rules/credit-restoration.ts';
import { listingStatuses } from './credit.types.ts';
import { filedByKinds, restorationStates } from './restoration.types.ts';

// The contract of credit restoration (信用修复, 失信名单规定(2017) 第2条第2款, ADR 0209).

const tags = ['失信惩戒'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const IdParams = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64 }) });

export const CreditRestoration = Type.Object(
  {
    id: Out(),
    listingId: Out(),
    caseId: Out(),
    debtorPartyId: Out({ description: '被执行人（案件当事人编号）' }),
    debtorName: Out(),
    ground: Out({ description: '修复情形（本院规定的情形之一）' }),
    groundName: Out(),
    evidence: Out({ description: '积极履行或纠正失信行为的事实和证据' }),
    commitment: Out({ description: '书面信用承诺' }),
    filedByKind: OneOf(filedByKinds, { description: 'debtor 被执行人在当事人服务平台申请，officer 执行人员登记' }),
    filedByKindName: Out(),
    filedBy: Out({ description: '提交人' }),
    filedAt: Out({ description: '提交时间（ISO 8601）' }),
    state: OneOf(restorationStates, { description: '审批中、已同意（失信信息已删除）、不予修复、已撤回' }),
    stateName: Out(),
    approvalId: Nullable(Out({ description: '审批事项编号（执行法官审查 → 院长审批）' })),
    decidedOn: Nullable(Day('决定日期')),
    decisionReason: Nullable(Out({ description: '不予修复的理由' })),
  },
  { $id: 'CreditRestoration', title: '信用修复申请' },
);

export const CreditRestorationList = Type.Object(
  { items: Type.Array(Ref(CreditRestoration)) },
  { $id: 'CreditRestorationList', title: '失信名单的信用修复申请' },
);

export const PartyDishonestListing = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    debtorName: Out(),
    ground: Type.Integer({ description: '纳入情形：失信名单规定 第1条 第1–6项' }),
    groundName: Out(),
    decidedOn: Day('决定日期'),
    publishOn: Day('宽限期届满、予以公布之日'),
    publishedOn: Nullable(Day('公布日期')),
    endsOn: Nullable(Day('期限届满日；无固定期限为 null')),
    status: OneOf(listingStatuses),
    statusName: Out(),
    endedOn: Nullable(Day('删除或届满日期')),
    endGroundName: Nullable(Out()),
    restorable: Type.Boolean({ description: '现在可以申请信用修复（已公布或宽限期内，且没有审批中的申请）' }),
    restorations: Type.Array(Ref(CreditRestoration)),
  },
  { $id: 'PartyDishonestListing', title: '本人的失信名单记录' },
);

export const PartyDishonestListingList = Type.Object(
  { items: Type.Array(Ref(PartyDishonestListing)) },
  { $id: 'PartyDishonestListingList', title: '本人在本案的失信名单记录' },
);

export const restorationSchemas = [CreditRestoration, CreditRestorationList, PartyDishonestListing, PartyDishonestListingList];

const body = Strict(
  {
    ground: OneOf(restorationGrounds, { title: '修复情形' }),
    evidence: Text({ title: '事实和证据', minLength: 1, maxLength: 2000, multiline: true }),
    commitment: Text({ title: '信用承诺', minLength: 1, maxLength: 2000, multiline: true }),
  },
  {
    examples: [
      {
        ground: 'performed-in-part-with-plan',
        evidence: '已履行 50000.00 元，并提交分期履行计划：每月 10000.00 元',
        commitment: '本人承诺按履行计划按期履行剩余义务，如实申报财产，不再实施任何失信行为。',
      },
    ],
  },
);

const fileErrors = [
  'dishonest-listing-not-found',
  'listing-not-restorable',
  'unknown-restoration-ground',
  'restoration-evidence-required',
  'commitment-too-short',
  'restoration-pending',
  'approval-pending',
  'idempotency-key-reused',
] as const;

const fileDescription =
  '被执行人积极履行或主动纠正失信行为的，可申请提前删除失信信息（《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）第2条第2款）。' +
  '只适用于已公布或宽限期内的名单；须写明修复情形（本院规定：已履行部分并提出履行计划、达成和解、主动纠正失信行为、提供有效担保）、事实和书面信用承诺' +
  '（默认不少于 20 字）。提交后经执行法官审查、院长审批；院长同意的，失信信息以「信用修复」删除并通知各接收方。同一名单只能有一件审批中的申请（restoration-pending）。';

export const fileRestoration = operation({
  operationId: 'fileCreditRestoration',
  summary: '登记信用修复申请',
  description: `${fileDescription}执行人员代被执行人登记。`,
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  headers: IdempotencyHeaders,
  body,
  status: 201,
  response: Ref(CreditRestoration),
  responseDescription: '已提交执行法官审查',
  errors: fileErrors,
});

export const fileOwnRestoration = operation({
  operationId: 'fileOwnCreditRestoration',
  summary: '申请信用修复（当事人）',
  description: `${fileDescription}被执行人在当事人服务平台为本人的失信名单申请；不是本人的名单答复 404。`,
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  headers: IdempotencyHeaders,
  body,
  status: 201,
  response: Ref(CreditRestoration),
  responseDescription: '已提交执行法官审查',
  errors: fileErrors,
});

export const listRestorations = operation({
  operationId: 'listCreditRestorations',
  summary: '失信名单的信用修复申请',
  description: '一条失信名单记录的信用修复申请及其审批结果，按提交先后。',
  tags,
  signedIn: true,
  params: IdParams('失信名单记录编号'),
  status: 200,
  response: Ref(CreditRestorationList),
  errors: ['dishonest-listing-not-found'],
});

export const ownListings = operation({
  operationId: 'listOwnDishonestListings',
  summary: '本人在本案的失信名单记录（当事人）',
  description: '当事人服务平台：本人作为被执行人在本案被纳入失信名单的记录（已决定、已公布、已删除、期限届满）及其信用修复申请。',
  tags,
  signedIn: true,
  params: IdParams('案件编号'),
  status: 200,
  response: Ref(PartyDishonestListingList),
  errors: ['case-not-found'],
});
