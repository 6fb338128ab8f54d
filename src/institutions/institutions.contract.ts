import { Type } from '@sinclair/typebox';
import { List, Nullable, OneOf, operation, Out, Ref, Strict, Text, Yuan } from '../shared/contract.ts';
import { assetKinds } from '../shared/asset-kinds.ts';
import { ASSET_SEARCH } from './institutions.types.ts';

// The contract of the institution API (协助执行单位接口): the requests addressed to the caller's
// institution, and its answer to one. The answer is a union by request kind: search results now,
// freeze and deduction confirmations when those requests exist.

const tags = ['协助执行单位'];
const Params = Strict({ id: Text({ title: '请求编号', minLength: 1, maxLength: 64, description: '协助请求编号（UUID）' }) });
const Kind = OneOf(assetKinds, { description: '财产类别（src/shared/asset-kinds.ts）' });

const SearchRequest = Type.Object(
  {
    searchId: Out({ description: '查控编号' }),
    caseNumber: Out({ description: '案号' }),
    court: Out({ description: '发出请求的法院' }),
    debtor: Type.Object({
      name: Out({ description: '被执行人名称' }),
      kind: OneOf(['person', 'organization'] as const, { description: 'person 自然人；organization 法人或其他组织' }),
      identity: Out({ description: '身份证号码或统一社会信用代码' }),
    }),
    kinds: Type.Array(Kind, { description: '请求查询的财产类别' }),
  },
  { $id: 'InstitutionSearchRequest', title: '查询请求内容' },
);

const AddressedRequest = Type.Object({
  id: Out({ description: '请求编号' }),
  kind: Out({ description: '请求类型：asset-search 财产查询' }),
  status: OneOf(['pending', 'sent'] as const, { description: 'pending 待发送；sent 已送达，待答复' }),
  statusName: Out(),
  idempotencyKey: Out({ description: '幂等键：同一请求始终相同，据此去重' }),
  createdAt: Type.String({ format: 'date-time', description: '发出时间（UTC）' }),
  answerDueAt: Nullable(Type.String({ format: 'date-time', description: '答复期限（UTC）' })),
  search: Nullable(Ref(SearchRequest)),
});

export const listInstitutionRequests = operation({
  operationId: 'listInstitutionRequests',
  summary: '本单位待答复的请求',
  description:
    '当前协助执行单位账户所属单位收到、尚未答复的请求（待发送、已送达），按发出先后，分页：答复中的 nextCursor 作为下一次请求的 cursor，为 null 时已到末页。其他单位的请求不在其中。',
  tags,
  signedIn: true,
  querystring: Strict({
    cursor: Type.Optional(Text({ title: '分页游标', maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 50 })),
  }),
  status: 200,
  response: Type.Object({
    institution: Type.Object({ code: Out(), name: Out() }),
    items: Type.Array(AddressedRequest),
    nextCursor: Nullable(Out()),
  }),
  errors: ['institution-not-bound', 'invalid-institution-cursor'],
});

const SearchItem = Strict({
  kind: OneOf(assetKinds, { title: '财产类别' }),
  identifier: Text({ title: '财产标识', minLength: 1, maxLength: 100, description: '账号、不动产权证号、号牌号码等' }),
  amount: Type.Optional(Nullable(Yuan({ title: '余额或估值' }))),
  description: Type.Optional(Text({ title: '描述', maxLength: 500 })),
  details: Type.Optional(
    Type.Record(Type.String({ maxLength: 50 }), Text({ title: '其他信息', maxLength: 500 }), {
      title: '其他信息',
      description: '开户网点、坐落、面积、车型等，名称与内容均为文字',
      maxProperties: 30,
    }),
  ),
});

const SearchAnswer = Strict(
  {
    kind: Type.Literal(ASSET_SEARCH, { description: '答复类型：asset-search 查询结果' }),
    items: List(SearchItem, { title: '查到的财产', maxItems: 500, description: '没有财产时为空列表' }),
  },
  { title: '查询结果' },
);

export const answerInstitutionRequest = operation({
  operationId: 'answerInstitutionRequest',
  summary: '答复请求',
  description:
    '协助执行单位答复本单位的一项请求。答复按请求类型区分（kind）：目前为查询结果 asset-search，列出查到的财产（类别、标识、余额或估值）；冻结、扣划回执以后加入。同一答复重复提交只登记一次（duplicate: true）；已答复的请求再提交不同内容，答复 409；其他单位的请求答复 404。查询结果含未请求的类别、缺少标识或金额格式不正确的，整份答复不予登记。',
  tags,
  signedIn: true,
  params: Params,
  body: Type.Union([SearchAnswer], {
    examples: [
      {
        kind: ASSET_SEARCH,
        items: [{ kind: 'deposit', identifier: '6222021234567890123', amount: '15230.50', description: '活期储蓄账户' }],
      },
    ],
  }),
  status: 200,
  response: Type.Object({
    id: Out({ description: '请求编号' }),
    status: Type.Literal('answered'),
    duplicate: Type.Boolean({ description: '同一答复已登记过' }),
    late: Type.Boolean({ description: '请求已超时后才答复（仍予登记）' }),
  }),
  errors: [
    'institution-not-bound',
    'outbound-request-not-found',
    'outbound-request-closed',
    'outbound-answer-conflict',
    'institution-answer-kind-mismatch',
    'institution-answer-invalid',
  ],
});

export const institutionsSchemas = [SearchRequest];
