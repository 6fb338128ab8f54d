import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, Out, Ref, YuanAmount } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { requestStatuses } from '../outbox/outbox.types.ts';
import { searchStatuses } from './searches.types.ts';

// The shapes of online asset searches as they come out (src/searches/searches.contract.ts).

const Kind = OneOf(assetKinds, { description: '财产类别（src/shared/asset-kinds.ts）' });
const Instant = (description: string) => Type.String({ format: 'date-time', description });

export const AssetFinding = Type.Object(
  {
    id: Out({ description: '查询结果编号（UUID）' }),
    requestId: Out({ description: '答复它的查询请求' }),
    debtorId: Out({ description: '被执行人（当事人编号）' }),
    debtorName: Out(),
    kind: Kind,
    kindName: Out({ description: '财产类别名称，如 银行存款' }),
    identifier: Out({ description: '财产在登记机构的标识（账号、不动产权证号、号牌号码……），已规范化' }),
    institution: Out({ description: '协助执行单位代码' }),
    institutionName: Out(),
    estimatedValue: Nullable(YuanAmount({ description: '余额或估值（元），未答复金额时为 null' })),
    description: Out({ description: '协助执行单位对该财产的描述' }),
    details: Type.Record(Type.String(), Type.String(), { description: '其他信息（开户网点、坐落、面积、车型……）' }),
    foundAt: Instant('答复时间（UTC）'),
  },
  { $id: 'AssetFinding', title: '查控结果' },
);

const SearchRequest = Type.Object({
  id: Out({ description: '查询请求编号（发往协助执行单位的请求）' }),
  debtorId: Out(),
  debtorName: Out(),
  institution: Out({ description: '协助执行单位代码' }),
  institutionName: Out(),
  kinds: Type.Array(Kind, { description: '向该单位查询的财产类别' }),
  status: OneOf(requestStatuses, { description: 'pending 待发送；sent 已送达待答复；answered 已答复；failed 失败；timed-out 超时' }),
  statusName: Out(),
  attempts: Type.Integer({ description: '已投递次数' }),
  failureReason: Nullable(Out({ description: '最近一次失败或超时的原因' })),
  answeredAt: Nullable(Instant('答复时间（UTC）')),
  findings: Type.Integer({ description: '该单位答复的财产数' }),
});

export const AssetSearch = Type.Object(
  {
    id: Out({ description: '查控编号（UUID）' }),
    caseId: Out(),
    status: OneOf(searchStatuses, { description: 'running 查询中；complete 已完成；partial 部分未答复（失败或超时）' }),
    statusName: Out(),
    kinds: Type.Array(Kind, { description: '查询的财产类别' }),
    startedBy: Out({ description: '发起人' }),
    startedAt: Instant('发起时间（UTC）'),
    requests: Type.Array(SearchRequest, { description: '每个被执行人在每个协助执行单位的查询请求' }),
    findings: Type.Array(Ref(AssetFinding), { description: '查到的财产' }),
  },
  { $id: 'AssetSearch', title: '网络查控' },
);

export const CaseAssetSearches = Type.Object({
  debtors: Type.Array(
    Type.Object({
      id: Out({ description: '被执行人（当事人编号），发起查控时可选' }),
      name: Out(),
      waiting: Type.Boolean({ description: '该被执行人有尚未答复的查询（此时不能再次发起）' }),
    }),
  ),
  kinds: Type.Array(Type.Object({ kind: Kind, name: Out() }), { description: '可网络查询的财产类别' }),
  items: Type.Array(Ref(AssetSearch), { description: '本案的查控，最新的在前' }),
});

export const searchesSchemas = [AssetFinding, AssetSearch];
