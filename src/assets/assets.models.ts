import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, Out, Ref, YuanAmount } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { assetSources, exemptFlags, measures, releaseReasons, seizureStatuses } from './assets.types.ts';

// The shapes the assets context answers with (named schemas in the API document).

const Day = (description: string) => Out({ description, examples: ['2026-11-20'] });
const Money = (description: string) => YuanAmount({ description });

export const AssetRef = Type.Object(
  {
    id: Type.String({ description: '财产编号（UUID）' }),
    kind: OneOf(assetKinds, { description: '财产类别' }),
    kindName: Type.String(),
    identifier: Type.String({ description: '登记编号（账号、不动产权证号、号牌号码等）' }),
    institution: Nullable(Type.String({ description: '开户行、登记机构等（查控所得为机构代码）' })),
    institutionName: Nullable(Type.String({ description: '开户行、登记机构等的名称（机构代码按协助执行单位名录显示名称）' })),
  },
  { $id: 'AssetRef', title: '财产（简）' },
);

export const Seizure = Type.Object(
  {
    id: Type.String({ description: '措施编号（UUID）' }),
    caseId: Type.String(),
    caseNumber: Type.String({ description: '采取措施的案件的案号' }),
    court: Type.String({ description: '采取措施的法院' }),
    ownCase: Type.Boolean({ description: '是否本案的措施（财产页列出该财产的全部轮候，含他案、他院）' }),
    asset: Ref(AssetRef),
    measure: OneOf(measures, { description: 'freeze 冻结；seal 查封；seize 扣押' }),
    measureName: Type.String(),
    status: OneOf(seizureStatuses, { description: 'effective 生效中；waiting 轮候；released 已解除；lapsed 期满失效' }),
    statusName: Type.String(),
    rank: Nullable(Type.Integer({ description: '轮候顺位（1 为生效中的措施）；已解除、失效的为 null' })),
    ruledOn: Day('裁定日期'),
    noticeOn: Day('协助执行通知书送达日期'),
    effectiveFrom: Nullable(Day('生效日期（轮候的自在先措施解除或失效之日起生效）')),
    expiresOn: Nullable(Day('期限届满日（轮候期间为 null）')),
    expiresInDays: Nullable(Type.Integer({ description: '距届满日的天数（生效中的措施）' })),
    renewals: Type.Integer({ description: '已续行次数' }),
    amount: Nullable(Money('冻结金额')),
    deducted: Money('已扣划金额'),
    frozenRemaining: Nullable(Money('尚冻结的金额')),
    live: Type.Boolean({ description: '活封（被执行人保管并可继续使用）' }),
    endedOn: Nullable(Day('解除或失效之日')),
    releaseReason: Nullable(OneOf(releaseReasons)),
    releaseReasonName: Nullable(Type.String()),
    releaseNote: Nullable(Type.String()),
    registeredAt: Type.String({ description: '登记时间（轮候顺位依此排列）' }),
  },
  { $id: 'Seizure', title: '查封、扣押、冻结' },
);

export const CaseAsset = Type.Object(
  {
    id: Type.String({ description: '财产编号（UUID）' }),
    kind: OneOf(assetKinds),
    kindName: Type.String(),
    identifier: Type.String(),
    identifierName: Type.String({ description: '登记编号的名称，如 银行账号、不动产权证号' }),
    institution: Nullable(Type.String({ description: '开户行、登记机构等（查控所得为机构代码）' })),
    institutionName: Nullable(Type.String({ description: '开户行、登记机构等的名称（机构代码按协助执行单位名录显示名称）' })),
    estimatedValue: Nullable(Money('估值')),
    ownerName: Nullable(Type.String({ description: '登记的所有人' })),
    encumbrances: Type.Array(Type.Object({ holder: Type.String({ description: '抵押权人' }), amount: Nullable(Money('担保金额')) })),
    exempt: Type.Array(Type.Object({ flag: OneOf(exemptFlags), name: Type.String() })),
    source: OneOf(assetSources, { description: 'search 网络查控；report 被执行人报告；lead 财产线索；officer 承办人登记' }),
    sourceName: Type.String(),
    recordedAt: Type.String(),
    otherCases: Type.Integer({ description: '登记了同一财产的其他案件数（含他院）' }),
    seizures: Type.Array(Ref(Seizure), { description: '该财产的全部查封、扣押、冻结，按登记先后（轮候顺位）' }),
  },
  { $id: 'CaseAsset', title: '案件的财产' },
);

export const OverSeizureSchema = Type.Object(
  {
    seizedValue: Money('本案生效中的措施所控制的价值（冻结按尚冻结金额，其他按估值）'),
    unvalued: Type.Integer({ description: '未估值、未计入的措施数' }),
    outstanding: Money('尚未执行到位的申请执行标的（标的额减已到账款项）'),
    costs: Money('执行费用'),
    costsBasis: Type.String({ description: '执行费用的依据（未登记费用时为按标的额计算的申请执行费）' }),
    excess: Money('超出部分（0 为未超标的）'),
    flagged: Type.Boolean({ description: '是否超标的查封（查封规定 第19条）' }),
    cures: Type.Array(
      Type.Object({
        seizureId: Type.String(),
        assetId: Type.String(),
        identifier: Type.String(),
        kindName: Type.String(),
        value: Money('该措施控制的价值'),
        release: OneOf(['whole', 'part'] as const, { description: 'whole 整体解除；part 部分解除（减少冻结金额）' }),
        amount: Money('应解除的价值'),
      }),
      { description: '解除后仍足以清偿标的和费用、又不再超标的的措施：先整体解除价值大的，余下的超出部分从款项冻结中部分解除' },
    ),
    excessAfterCures: Money('按上述解除后仍超出的价值（不可分物，查封规定 第19条但书）'),
  },
  { $id: 'OverSeizure', title: '超标的查封' },
);

export const CaseAssets = Type.Object(
  {
    items: Type.Array(Ref(CaseAsset)),
    received: Money('扣划等已到账的款项'),
    overSeizure: Ref(OverSeizureSchema),
  },
  { $id: 'CaseAssets', title: '案件的财产及查封、扣押、冻结' },
);

export const SeizureRegister = Type.Object(
  { items: Type.Array(Ref(Seizure)), nextCursor: Nullable(Out({ description: '下一页的游标；为 null 时已到末页' })) },
  { $id: 'SeizureRegister', title: '查封、扣押、冻结登记簿' },
);

export const assetsSchemas = [AssetRef, Seizure, CaseAsset, OverSeizureSchema, CaseAssets, SeizureRegister];
