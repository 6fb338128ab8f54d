import { Type } from '@sinclair/typebox';
import { LocalDate, List, OneOf, operation, Ref, Strict, Text, Uuid, Yuan } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { exemptFlags, measures, releaseReasons, seizureStatuses } from './assets.types.ts';
import { CaseAssets, Seizure, SeizureRegister } from './assets.models.ts';

// The contract of the assets context: the asset register of a case, seizures (查封、扣押、冻结)
// with the waiting list, renewal, release, deductions (扣划) and the court's seizure register.
// Money is yuan as a two-place decimal string; dates are YYYY-MM-DD. Shapes: assets.models.ts.
export { assetsSchemas } from './assets.models.ts';

const tags = ['财产'];
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const SeizureParams = Strict({
  id: Text({ title: '措施编号', minLength: 1, maxLength: 64, description: '查封、扣押、冻结措施的编号（UUID）' }),
});
const Name = (title: string, maxLength = 100) => Text({ title, maxLength });

export const recordAsset = operation({
  operationId: 'recordCaseAsset',
  summary: '登记财产',
  description:
    '在案件上登记一项财产。财产以类别和登记编号（银行账号、不动产权证号、号牌号码……，去除空格、横线，全角转半角、字母大写后）识别：他案、他院已登记的同一财产即为同一记录，本案与之关联；同一案件重复登记同一财产不再新增。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      kind: OneOf(assetKinds, { title: '财产类别' }),
      identifier: Text({ title: '登记编号', minLength: 1, maxLength: 100 }),
      institution: Type.Optional(Name('开户行或登记机构')),
      estimatedValue: Type.Optional(Yuan({ title: '估值' })),
      ownerName: Type.Optional(Name('所有人')),
      ownerIdNumber: Type.Optional(Text({ title: '所有人证件号码', maxLength: 30 })),
      encumbrances: Type.Optional(
        List(
          Strict({
            holder: Name('抵押权人'),
            amount: Type.Optional(Yuan({ title: '担保金额' })),
            note: Type.Optional(Text({ title: '说明', maxLength: 200 })),
          }),
          { title: '抵押等权利负担', maxItems: 20 },
        ),
      ),
      exempt: Type.Optional(List(OneOf(exemptFlags), { title: '豁免标记', maxItems: 2 })),
    },
    {
      examples: [
        { kind: 'deposit', identifier: '6222 0210 0100 8888 001', institution: '中国工商银行江门分行', estimatedValue: '86000.00' },
      ],
    },
  ),
  status: 201,
  response: Type.Object({
    assetId: Type.String({ description: '财产编号' }),
    created: Type.Boolean({ description: '登记簿中原无该财产' }),
    linked: Type.Boolean({ description: '本案新关联了该财产（false：本案已登记过）' }),
  }),
  errors: ['case-not-found', 'identifier-required', 'invalid-money', 'idempotency-key-reused'],
});

export const caseAssets = operation({
  operationId: 'listCaseAssets',
  summary: '案件的财产',
  description:
    '案件登记的财产，每项附该财产的全部查封、扣押、冻结（含他案、他院的轮候，按登记先后）；并对照尚未执行到位的标的和执行费用给出超标的查封的提示及可解除的措施。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(CaseAssets),
  errors: ['case-not-found'],
});

export const orderSeizure = operation({
  operationId: 'orderSeizure',
  summary: '查封、扣押、冻结',
  description:
    '对本案已登记的财产采取查封、扣押或冻结。该财产没有生效中的措施的，自协助执行通知书送达之日（effectiveOn）起生效，期限按财产类别取法定最长期限（存款1年，动产2年，不动产及其他财产权3年；民诉法解释 第485条），裁定载明较短期限的以 expiresOn 为准；已有生效措施的（他案、他院亦同）为轮候，按登记先后排列，在先措施解除或失效时自动生效（查封规定 第26条）。冻结存款等款项须写明金额。已结案的案件、同一案件对同一财产重复采取措施，均予拒绝。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      assetId: Uuid({ title: '财产' }),
      measure: OneOf(measures, { title: '措施', description: 'freeze 冻结；seal 查封；seize 扣押' }),
      ruledOn: LocalDate({ title: '裁定日期' }),
      effectiveOn: LocalDate({ title: '协助执行通知书送达日期' }),
      amount: Type.Optional(Yuan({ title: '冻结金额' })),
      live: Type.Optional(Type.Boolean({ title: '活封', description: '被执行人保管并可继续使用（查封规定 第10条）' })),
      expiresOn: Type.Optional(LocalDate({ title: '裁定载明的期限届满日' })),
    },
    {
      examples: [
        {
          assetId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11',
          measure: 'freeze',
          ruledOn: '2026-11-24',
          effectiveOn: '2026-11-25',
          amount: '120000.00',
        },
      ],
    },
  ),
  status: 201,
  response: Type.Object({
    id: Type.String(),
    status: OneOf(['effective', 'waiting'] as const),
    rank: Type.Integer({ description: '轮候顺位，1 为生效' }),
    expiresOn: Type.Union([Type.String(), Type.Null()], { description: '期限届满日；轮候期间为 null' }),
  }),
  errors: [
    'case-not-found',
    'seizure-on-closed-case',
    'asset-not-found',
    'asset-not-on-case',
    'measure-not-applicable',
    'freeze-amount-required',
    'amount-not-applicable',
    'invalid-money',
    'seizure-dates-invalid',
    'seizure-term-too-long',
    'seizure-duplicate',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const getSeizure = operation({
  operationId: 'getSeizure',
  summary: '查封、扣押、冻结措施',
  description: '一项措施的状态、顺位、期限、金额和解除情况。',
  tags,
  signedIn: true,
  params: SeizureParams,
  status: 200,
  response: Ref(Seizure),
  errors: ['seizure-not-found'],
});

export const renewSeizure = operation({
  operationId: 'renewSeizure',
  summary: '续行',
  description:
    '期限届满前续行，自原期限届满日起算，续行期限不得超过该类财产的法定最长期限（民诉法解释 第485条）；届满后已失效，不能续行（查封规定 第27条）。不填 expiresOn 即续行最长期限。',
  tags,
  signedIn: true,
  params: SeizureParams,
  body: Strict(
    { effectiveOn: LocalDate({ title: '续行通知送达日期' }), expiresOn: Type.Optional(LocalDate({ title: '续行至' })) },
    { examples: [{ effectiveOn: '2027-11-01' }] },
  ),
  status: 200,
  response: Type.Object({ id: Type.String(), status: Type.String(), expiresOn: Type.String(), renewals: Type.Integer() }),
  errors: [
    'seizure-not-found',
    'seizure-on-closed-case',
    'seizure-not-renewable',
    'renewal-after-expiry',
    'seizure-term-too-long',
    'seizure-dates-invalid',
    'date-in-future',
    'seizure-queue-changed',
  ],
});

export const releaseSeizure = operation({
  operationId: 'releaseSeizure',
  summary: '解除查封、扣押、冻结',
  description:
    '以法定事由解除（查封规定 第28条；超标的部分依第19条）。解除的是生效中的措施的，该财产轮候在先的措施同日自动生效，并告知其案件（案件动态和承办人的待办期限）。',
  tags,
  signedIn: true,
  params: SeizureParams,
  body: Strict(
    {
      releasedOn: LocalDate({ title: '解除日期' }),
      reason: OneOf(releaseReasons, { title: '解除事由' }),
      note: Type.Optional(Text({ title: '具体情况', maxLength: 500, multiline: true })),
    },
    { examples: [{ releasedOn: '2026-12-01', reason: 'debt-paid', note: '被执行人已全部履行' }] },
  ),
  status: 200,
  response: Type.Object({
    id: Type.String(),
    status: Type.String(),
    promoted: Type.Union([
      Type.Object({ id: Type.String(), caseId: Type.String(), effectiveFrom: Type.String(), expiresOn: Type.String() }),
      Type.Null(),
    ]),
  }),
  errors: [
    'seizure-not-found',
    'seizure-not-active',
    'release-note-required',
    'seizure-dates-invalid',
    'date-in-future',
    'seizure-queue-changed',
  ],
});

export const recordDeduction = operation({
  operationId: 'recordDeduction',
  summary: '扣划',
  description:
    '银行等协助执行单位确认扣划后登记：扣划款作为本案的到账款项（来源 deduction，供执行款账户入账），并相应减少冻结金额。只适用于生效中的款项冻结，金额不得超过尚冻结的金额。',
  tags,
  signedIn: true,
  params: SeizureParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      amount: Yuan({ title: '扣划金额' }),
      deductedOn: LocalDate({ title: '扣划日期' }),
      confirmation: Type.Optional(Text({ title: '回执编号', maxLength: 100 })),
    },
    { examples: [{ amount: '50000.00', deductedOn: '2026-11-30', confirmation: 'ICBC-JM-20261130-0001' }] },
  ),
  status: 201,
  response: Type.Object({
    receiptId: Type.String(),
    seizureId: Type.String(),
    amount: Type.String(),
    frozenRemaining: Type.String(),
    receivedOn: Type.String(),
  }),
  errors: [
    'seizure-not-found',
    'deduction-not-allowed',
    'deduction-exceeds-frozen',
    'invalid-money',
    'seizure-dates-invalid',
    'date-in-future',
    'idempotency-key-reused',
  ],
});

export const seizureRegister = operation({
  operationId: 'listSeizures',
  summary: '查封、扣押、冻结登记簿',
  description:
    '辖区内法院的查封、扣押、冻结措施，按期限届满日先后（轮候的在后）。可按法院、状态筛选，expiringWithin=30 为30日内到期的生效措施。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: Type.Optional(Text({ title: '法院代字', maxLength: 20, description: '法院代字，如 粤0703；缺省为辖区内全部法院' })),
    status: Type.Optional(OneOf(seizureStatuses, { title: '状态' })),
    expiringWithin: Type.Optional(Type.Integer({ title: '若干日内到期', minimum: 0, maximum: 366 })),
    cursor: Type.Optional(Text({ title: '分页游标', maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 50 })),
  }),
  status: 200,
  response: Ref(SeizureRegister),
  errors: ['unknown-court', 'invalid-cursor'],
});
