import { Type } from '@sinclair/typebox';
import { List, OneOf, operation, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { searchStatuses } from './searches.types.ts';
import { AssetSearch, CaseAssetSearches } from './searches.models.ts';

// The contract of online asset searches (网络查控): starting a search on a case, the case's
// searches, one search. Shapes in searches.models.ts.
export { searchesSchemas } from './searches.models.ts';

const tags = ['网络查控'];
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const Params = Strict({ id: Text({ title: '查控编号', minLength: 1, maxLength: 64, description: '查控编号（UUID）' }) });

export const startAssetSearch = operation({
  operationId: 'startAssetSearch',
  summary: '发起网络查控',
  description:
    '对案件的被执行人发起网络查控：每个被执行人向每个查询所选财产类别的协助执行单位（银行、不动产登记、车辆管理、证券登记结算、网络支付平台……）各发一项查询请求，与查控记录在同一事务中写入，由投递进程发送、重试，答复到达后查到的财产即列为查控结果。不指定被执行人时查询全部被执行人，不指定类别时查询全部可网络查询的类别。已结案的案件、非本院辖区的案件（404）、不是本案被执行人的编号，以及该被执行人上一次查控尚未全部答复的，均予拒绝，什么也不写入。发起查控即完成本案的「网络查控」节点期限。',
  tags,
  signedIn: true,
  params: CaseParams,
  body: Strict(
    {
      debtorIds: Type.Optional(List(Uuid({ title: '被执行人' }), { title: '被执行人', maxItems: 50, minItems: 1 })),
      kinds: Type.Optional(List(OneOf(assetKinds, { title: '财产类别' }), { title: '财产类别', maxItems: assetKinds.length, minItems: 1 })),
    },
    { examples: [{ kinds: ['deposit', 'real-estate', 'vehicle'] }] },
  ),
  status: 202,
  response: Type.Object({
    id: Type.String({ description: '查控编号' }),
    status: OneOf(searchStatuses, { description: '发起时为 running（查询中）' }),
    requests: Type.Integer({ description: '发出的查询请求数' }),
  }),
  responseDescription: '已受理：查询请求已写入，答复陆续到达',
  errors: [
    'case-not-found',
    'asset-search-on-closed-case',
    'asset-search-no-debtor',
    'asset-search-unknown-debtor',
    'asset-search-unknown-kind',
    'asset-search-running',
    'asset-search-no-institution',
  ],
});

export const listCaseAssetSearches = operation({
  operationId: 'listCaseAssetSearches',
  summary: '案件的网络查控',
  description:
    '案件的全部查控（最新的在前），每项查控带每个协助执行单位的请求状态（待发送、已送达待答复、已答复、失败、超时）和查到的财产；另列本案被执行人和可查询的财产类别，供发起查控时选择。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: CaseAssetSearches,
  errors: ['case-not-found'],
});

export const getAssetSearch = operation({
  operationId: 'getAssetSearch',
  summary: '查控详情',
  description: '一项查控：各请求的状态和查到的财产。',
  tags,
  signedIn: true,
  params: Params,
  status: 200,
  response: Ref(AssetSearch),
  errors: ['asset-search-not-found'],
});
