import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, Out, Ref, YuanAmount } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { referenceMethods } from '../rules/reference-price.ts';
import { roundStatuses, saleKinds } from './disposal.types.ts';

// The shapes the disposal context answers with (named schemas in the API document).

const Day = (description: string) => Out({ description, examples: ['2026-11-20'] });
const Money = (description: string) => YuanAmount({ description });
const Instant = (description: string) => Type.String({ format: 'date-time', description });

export const ReferenceStep = Type.Object(
  {
    method: OneOf(referenceMethods, {
      description: 'negotiation 议价；directed-inquiry 定向询价；online-inquiry 网络询价；appraisal 委托评估',
    }),
    methodName: Type.String(),
    on: Day('议价、询价或委托评估的日期'),
    priced: Type.Boolean({ description: '是否由此确定了参考价' }),
    price: Nullable(Money('此方式得出的价格')),
    applicantFigure: Type.Optional(Nullable(Money('申请执行人的议价'))),
    debtorFigure: Type.Optional(Nullable(Money('被执行人的议价'))),
    body: Type.Optional(Type.String({ description: '定向询价的机构' })),
    results: Type.Optional(
      Type.Array(
        Type.Object({
          platform: Type.String(),
          price: Money('询价结果'),
          answeredOn: Day('答复日期'),
          challengeUpheld: Type.Boolean({ description: '异议成立' }),
          counted: Type.Boolean({ description: '计入平均值（3日内答复且异议不成立）' }),
        }),
      ),
    ),
    appraiser: Type.Optional(Type.String({ description: '评估机构' })),
    dueOn: Type.Optional(Day('评估报告应出具之日（含延长）')),
    extensions: Type.Optional(Type.Array(Type.Object({ days: Type.Integer(), askedOn: Day('申请日期'), dueOn: Day('延长至') }))),
    reportOn: Type.Optional(Nullable(Day('评估报告出具日期'))),
  },
  { $id: 'ReferenceStep', title: '参考价的一个确定步骤' },
);

export const ReferencePrice = Type.Object(
  {
    id: Type.String({ description: '参考价程序编号（UUID）' }),
    assetId: Type.String(),
    seizureId: Type.String(),
    startedOn: Day('启动日期'),
    status: OneOf(['running', 'fixed'] as const, { description: 'running 确定中；fixed 已确定' }),
    statusName: Type.String(),
    appraisalRequired: Type.Boolean({ description: '法律规定须评估或双方申请评估' }),
    directedRequested: Type.Boolean({ description: '一方申请径行定向询价' }),
    steps: Type.Array(Ref(ReferenceStep)),
    method: Nullable(OneOf(referenceMethods)),
    methodName: Nullable(Type.String()),
    price: Nullable(Money('参考价')),
    fixedOn: Nullable(Day('确定日期')),
    validUntil: Nullable(Day('有效期至（一年）')),
    appraisalDueOn: Nullable(Day('进行中的评估的报告期限')),
  },
  { $id: 'ReferencePrice', title: '参考价' },
);

export const AuctionRound = Type.Object(
  {
    id: Type.String({ description: '拍卖轮次编号（UUID）' }),
    assetId: Type.String(),
    referencePriceId: Type.String(),
    round: Type.Integer({ description: '1 一拍；2 二拍' }),
    platform: Type.String(),
    platformName: Type.String(),
    startingPrice: Money('起拍价'),
    deposit: Money('保证金'),
    increment: Money('加价幅度'),
    announcedOn: Day('公告日期'),
    biddingStartsAt: Instant('竞价开始（UTC）'),
    biddingEndsAt: Instant('竞价预定结束（UTC）'),
    status: OneOf(roundStatuses, {
      description: 'announced 已公告；sold 成交待付款；paid 已付款；unsold 流拍；withdrawn 撤回；defaulted 悔拍',
    }),
    statusName: Type.String(),
    endedAt: Nullable(Instant('竞价实际结束（含延时）')),
    outcomeOn: Nullable(Day('结果日期')),
    buyer: Nullable(Type.String({ description: '买受人' })),
    price: Nullable(Money('成交价')),
    reason: Nullable(Type.String({ description: '撤回或悔拍的说明' })),
    bids: Nullable(Type.Integer({ description: '平台回传的出价笔数' })),
  },
  { $id: 'AuctionRound', title: '拍卖轮次' },
);

export const AssetSale = Type.Object(
  {
    id: Type.String(),
    assetId: Type.String(),
    afterRoundId: Type.String(),
    kind: OneOf(saleKinds, { description: 'sale 变卖；set-off 以物抵债' }),
    kindName: Type.String(),
    price: Money('变卖价或抵债价'),
    startedOn: Day('开始（抵债）日期'),
    periodEndsOn: Nullable(Day('变卖期届满日')),
    status: OneOf(['open', 'sold', 'unsold', 'done'] as const),
    statusName: Type.String(),
    counterparty: Nullable(Type.String({ description: '买受人或接受抵债的债权人' })),
    consentOn: Nullable(Day('债权人同意抵债的日期')),
    completedOn: Nullable(Day('完成日期')),
  },
  { $id: 'AssetSale', title: '变卖或以物抵债' },
);

export const CaseDisposal = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        assetId: Type.String(),
        kind: OneOf(assetKinds),
        kindName: Type.String(),
        identifier: Type.String(),
        institution: Nullable(Type.String()),
        estimatedValue: Nullable(Money('估值')),
        seizure: Nullable(
          Type.Object({
            id: Type.String(),
            measureName: Type.String(),
            effectiveFrom: Nullable(Day('生效日期')),
            expiresOn: Nullable(Day('期限至')),
          }),
        ),
        blockedReason: Nullable(Type.String({ description: '不得处置的原因' })),
        stage: Type.String(),
        stageName: Type.String(),
        referencePrices: Type.Array(Ref(ReferencePrice)),
        rounds: Type.Array(Ref(AuctionRound)),
        sales: Type.Array(Ref(AssetSale)),
        next: Nullable(
          Type.Object({
            round: Type.Integer(),
            minStartingPrice: Money('起拍价下限'),
            maxStartingPrice: Nullable(Money('起拍价上限（二拍不高于一拍）')),
            depositMin: Money('保证金下限'),
            depositMax: Money('保证金上限'),
            announceDays: Type.Integer({ description: '公告期不少于（日）' }),
          }),
        ),
      }),
    ),
  },
  { $id: 'CaseDisposal', title: '案件财产的处置' },
);

export const disposalSchemas = [ReferenceStep, ReferencePrice, AuctionRound, AssetSale, CaseDisposal];
