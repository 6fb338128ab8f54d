import { Type, type TSchema } from '@sinclair/typebox';
import { LocalDate, List, OneOf, operation, Ref, Strict, Text, Uuid, Yuan } from '../shared/contract.ts';
import type { ErrorCode } from '../shared/result.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { platforms } from './disposal.types.ts';
import { AssetSale, AuctionRound, CaseDisposal, ReferencePrice } from './disposal.models.ts';

// The contract of the disposal context: reference price (参考价), auction rounds (网络司法拍卖) and
// their outcomes, 变卖 and 以物抵债. Money is yuan text with two places; dates YYYY-MM-DD; instants ISO 8601.
export { disposalSchemas } from './disposal.models.ts';

const tags = ['处置'];
const Id = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64, description: `${title}（UUID）` }) });
const CaseParams = Id('案件编号');
const PriceParams = Id('参考价程序编号');
const RoundParams = Id('拍卖轮次编号');
const SaleParams = Id('变卖编号');
const Name = (title: string, maxLength = 100) => Text({ title, minLength: 1, maxLength });
const Instant = (title: string) =>
  Text({
    title,
    maxLength: 40,
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
    description: 'ISO 8601 时刻，如 2026-12-20T02:00:00Z',
  });

const stepErrors: ErrorCode[] = [
  'reference-price-not-found',
  'reference-price-fixed',
  'reference-date-invalid',
  'date-in-future',
  'invalid-money',
];
const priceStep = <B extends TSchema>(operationId: string, summary: string, description: string, body: B, errors: ErrorCode[]) =>
  operation({
    operationId,
    summary,
    description,
    tags,
    signedIn: true,
    params: PriceParams,
    body,
    status: 200,
    response: Ref(ReferencePrice),
    errors: [...stepErrors, ...errors],
  });
const roundErrors: ErrorCode[] = [
  'auction-round-not-found',
  'auction-round-not-open',
  'round-not-sold',
  'date-in-future',
  'reference-date-invalid',
];
const roundStep = <B extends TSchema>(operationId: string, summary: string, description: string, body: B, errors: ErrorCode[] = []) =>
  operation({
    operationId,
    summary,
    description,
    tags,
    signedIn: true,
    params: RoundParams,
    body,
    status: 200,
    response: Ref(AuctionRound),
    errors: [...roundErrors, ...errors],
  });
const assetErrors: ErrorCode[] = [
  'case-not-found',
  'asset-not-found',
  'asset-not-on-case',
  'asset-not-seized',
  'asset-not-for-sale',
  'asset-exempt-from-sale',
  'date-in-future',
  'idempotency-key-reused',
];

export const caseDisposal = operation({
  operationId: 'getCaseDisposal',
  summary: '案件财产的处置',
  description:
    '案件中需要拍卖、变卖的财产（存款等款项除外），每项附查封措施、参考价确定过程、拍卖轮次、变卖或抵债及其结果，并给出下一轮拍卖的法定起拍价下限、保证金范围和公告期。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(CaseDisposal),
  errors: ['case-not-found'],
});

export const startReferencePrice = operation({
  operationId: 'startReferencePrice',
  summary: '启动确定参考价',
  description:
    '对本案查封、扣押的财产启动确定财产处置参考价程序（参考价规定 第1条：查封后30日内），完成该措施的“启动确定参考价”期限。法律规定须评估或双方申请评估的可径行委托评估；一方申请的可径行定向询价。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      assetId: Uuid({ title: '财产编号' }),
      startedOn: LocalDate({ title: '启动日期' }),
      appraisalRequired: Type.Optional(Type.Boolean({ title: '法律规定须评估或双方申请评估' })),
      directedRequested: Type.Optional(Type.Boolean({ title: '一方申请径行定向询价' })),
    },
    { examples: [{ assetId: '7f7c0c1e-2d1b-4d7a-9f3e-1b2c3d4e5f60', startedOn: '2026-11-20' }] },
  ),
  status: 201,
  response: Ref(ReferencePrice),
  errors: [...assetErrors, 'reference-price-exists'],
});

export const recordNegotiation = priceStep(
  'recordReferenceNegotiation',
  '当事人议价',
  '记录双方当事人的议价：双方议价一致的，即为参考价；一方拒绝或不到场的不填其金额，转入定向询价（参考价规定 第4条）。',
  Strict({
    on: LocalDate({ title: '议价日期' }),
    applicantFigure: Type.Optional(Yuan({ title: '申请执行人议价' })),
    debtorFigure: Type.Optional(Yuan({ title: '被执行人议价' })),
  }),
  ['reference-method-out-of-order', 'appraisal-open'],
);

export const recordDirectedInquiry = priceStep(
  'recordDirectedInquiry',
  '定向询价',
  '记录有关机构的答复：在期限内答复的价格即为参考价；未答复的不填价格（参考价规定 第5–6条）。',
  Strict({ on: LocalDate({ title: '询价日期' }), body: Name('询价机构'), price: Type.Optional(Yuan({ title: '答复价格' })) }),
  ['reference-method-out-of-order', 'appraisal-open'],
);

export const recordOnlineInquiry = priceStep(
  'recordOnlineInquiry',
  '网络询价',
  '记录各司法网络询价平台的结果：3日内出具且异议不成立的结果计入，参考价为其平均值；没有有效结果的，应委托评估（参考价规定 第10–13条）。',
  Strict({
    requestedOn: LocalDate({ title: '询价日期' }),
    results: List(
      Strict({
        platform: Name('询价平台'),
        price: Yuan({ title: '询价结果' }),
        answeredOn: LocalDate({ title: '出具日期' }),
        challengeUpheld: Type.Optional(Type.Boolean({ title: '异议成立' })),
      }),
      { title: '各平台结果', minItems: 1, maxItems: 10 },
    ),
  }),
  ['reference-method-out-of-order', 'appraisal-open'],
);

export const commissionAppraisal = priceStep(
  'commissionAppraisal',
  '委托评估',
  '委托评估机构评估，评估报告应在30日内出具（参考价规定 第19条），登记“评估机构出具评估报告”期限。',
  Strict({ commissionedOn: LocalDate({ title: '委托日期' }), appraiser: Name('评估机构') }),
  ['reference-method-out-of-order', 'appraisal-open'],
);

export const extendAppraisal = priceStep(
  'extendAppraisal',
  '延长评估期限',
  '评估机构在期限届满5日前申请延长的，可延长两次，每次不超过15日（参考价规定 第19条）；第三次不予延长。',
  Strict({ askedOn: LocalDate({ title: '申请日期' }), days: Type.Integer({ title: '延长日数', minimum: 1, maximum: 15 }) }),
  ['appraisal-not-open', 'appraisal-extension-refused'],
);

export const recordAppraisalReport = priceStep(
  'recordAppraisalReport',
  '评估报告',
  '记录评估报告：评估价即为参考价，有效期一年（参考价规定 第27条）；自确定之日起10日内启动处置（第30条）。',
  Strict({ reportOn: LocalDate({ title: '出具日期' }), price: Yuan({ title: '评估价' }) }),
  ['appraisal-not-open'],
);

export const announceRound = operation({
  operationId: 'announceAuctionRound',
  summary: '发布拍卖公告',
  description:
    '在拍卖平台发布一拍或二拍公告（网络司法拍卖规定）：一拍起拍价不低于参考价的70%（第10条）；保证金为起拍价的5%–20%（第17条）；公告期一拍动产15日、不动产30日，二拍7日、15日（第12条、第26条）；竞价不少于24小时（第20条）；二拍在一拍流拍后30日内，降价不超过一拍起拍价的20%（第26条）。完成“启动处置”期限。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict({
    assetId: Uuid({ title: '财产编号' }),
    platform: OneOf(platforms, { title: '拍卖平台' }),
    startingPrice: Yuan({ title: '起拍价' }),
    deposit: Yuan({ title: '保证金' }),
    increment: Type.Optional(Yuan({ title: '加价幅度' })),
    announcedOn: LocalDate({ title: '公告日期' }),
    biddingStartsAt: Instant('竞价开始'),
    biddingEndsAt: Instant('竞价结束'),
  }),
  status: 201,
  response: Ref(AuctionRound),
  errors: [
    ...assetErrors,
    'invalid-money',
    'reference-price-missing',
    'reference-price-expired',
    'reference-date-invalid',
    'disposal-in-progress',
    'asset-already-disposed',
    'auction-rounds-exhausted',
    'first-round-price-too-low',
    'second-round-cut-too-large',
    'second-round-too-late',
    'deposit-out-of-range',
    'announcement-too-short',
    'bidding-times-invalid',
  ],
});

export const recordBidLog = roundStep(
  'recordAuctionBidLog',
  '竞价记录',
  '拍卖平台回传的竞价记录：按网络司法拍卖规定 第11条、第20条重放（低于起拍价的不是有效出价；最后五分钟内出价的顺延五分钟），得出成交或流拍。竞价结束前不能记录。',
  Strict({
    bids: List(Strict({ bidder: Name('竞买人'), amount: Yuan({ title: '出价' }), at: Instant('出价时间') }), {
      title: '出价',
      maxItems: 2000,
    }),
  }),
  ['bidding-not-ended', 'bidding-times-invalid', 'invalid-money'],
);

export const fetchPlatformResult = operation({
  operationId: 'fetchAuctionPlatformResult',
  summary: '获取竞价结果',
  description: '向拍卖平台获取竞价记录并得出结果（沙箱平台即时答复；其他平台以“竞价记录”接口回传）。',
  tags,
  signedIn: true,
  params: RoundParams,
  status: 200,
  response: Ref(AuctionRound),
  errors: [...roundErrors, 'bidding-not-ended', 'bid-log-awaited'],
});

export const withdrawRound = roundStep(
  'withdrawAuctionRound',
  '撤回拍卖',
  '在竞价结果产生前撤回本轮拍卖，写明原因；之后可重新公告。',
  Strict({ on: LocalDate({ title: '撤回日期' }), reason: Name('撤回原因', 500) }),
);

export const recordDefault = roundStep(
  'recordAuctionDefault',
  '悔拍',
  '买受人未付款（悔拍）：保证金不予退还（网络司法拍卖规定 第24条），本轮可重新拍卖。',
  Strict({ on: LocalDate({ title: '日期' }), note: Type.Optional(Text({ title: '说明', maxLength: 500 })) }),
);

export const recordPayment = roundStep(
  'recordAuctionPayment',
  '买受人付款',
  '买受人付清价款，价款作为案件收款（来源：拍卖价款）。',
  Strict({ paidOn: LocalDate({ title: '付款日期' }) }),
);

export const startSale = operation({
  operationId: 'startAssetSale',
  summary: '变卖',
  description: '二拍流拍后在同一平台变卖：变卖价为二拍起拍价，变卖期60日（网络司法拍卖规定 第26条及实践）。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict({ assetId: Uuid({ title: '财产编号' }), startedOn: LocalDate({ title: '变卖开始日期' }) }),
  status: 201,
  response: Ref(AssetSale),
  errors: [...assetErrors, 'sale-not-allowed', 'disposal-in-progress', 'asset-already-disposed', 'reference-date-invalid'],
});

export const recordSaleResult = operation({
  operationId: 'recordAssetSaleResult',
  summary: '变卖结果',
  description: '变卖成交（价款作为案件收款，来源：变卖价款）或变卖期内未成交。',
  tags,
  signedIn: true,
  params: SaleParams,
  body: Strict({
    outcome: OneOf(['sold', 'unsold'] as const, { title: '结果' }),
    on: LocalDate({ title: '日期' }),
    buyer: Type.Optional(Name('买受人')),
  }),
  status: 200,
  response: Ref(AssetSale),
  errors: ['asset-sale-not-found', 'asset-sale-not-open', 'asset-not-seized', 'reference-date-invalid', 'date-in-future', 'invalid-input'],
});

export const setOff = operation({
  operationId: 'setOffAsset',
  summary: '以物抵债',
  description:
    '拍卖流拍后，经申请执行人等债权人同意，以该轮拍卖的保留价（起拍价）抵债（拍卖变卖规定 第16条）；抵债价额计入案件收款（来源：以物抵债）。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict({
    assetId: Uuid({ title: '财产编号' }),
    creditor: Name('接受抵债的债权人'),
    consentOn: LocalDate({ title: '债权人同意日期' }),
    on: LocalDate({ title: '抵债日期' }),
  }),
  status: 201,
  response: Ref(AssetSale),
  errors: [...assetErrors, 'set-off-not-allowed', 'disposal-in-progress', 'asset-already-disposed', 'reference-date-invalid'],
});
