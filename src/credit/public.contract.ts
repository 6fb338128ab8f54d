import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Strict, Text } from '../shared/contract.ts';

// The contract of the dishonest list's disclosure (ADR 0208): the public query (no sign-in) and
// the feed of additions and deletions for the recipients of joint discipline (institution role).

const tags = ['失信信息公开'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });

const PublicListing = Type.Object(
  {
    name: Out({ description: '被执行人姓名或名称' }),
    kind: OneOf(['person', 'organization'] as const, { description: 'person 自然人，organization 单位' }),
    idNumber: Nullable(Out({ description: '身份证号码（隐去出生日期等中间位，如 110101********1234）；单位为 null' })),
    creditCode: Nullable(Out({ description: '统一社会信用代码（单位）；自然人为 null' })),
    legalRepresentative: Nullable(Out({ description: '法定代表人或者负责人姓名（单位）' })),
    sex: Nullable(OneOf(['男', '女'] as const, { description: '性别（自然人，由身份证号码得出）' })),
    age: Nullable(Type.Integer({ description: '年龄（自然人，周岁，由身份证号码得出；不公布出生日期）' })),
    caseNumber: Out({ description: '执行案号' }),
    court: Out({ description: '执行法院' }),
    filedOn: Day('立案时间'),
    basis: Out({ description: '执行依据的制作单位和文号' }),
    obligation: Out({ description: '生效法律文书确定的义务' }),
    performance: Out({ description: '被执行人的履行情况' }),
    behaviour: Out({ description: '失信被执行人行为具体情形' }),
    publishedOn: Day('发布时间'),
    endsOn: Nullable(Day('纳入期限届满日；第1项情形无固定期限为 null')),
  },
  { title: '公布的失信被执行人信息' },
);

export const queryDishonest = operation({
  operationId: 'queryPublicDishonestList',
  summary: '查询失信被执行人（公开）',
  description:
    '按姓名或名称（自开头起匹配，至少两个字）、身份证号码或统一社会信用代码（须完整并通过校验）查询已公布的失信被执行人。' +
    '只答复《最高人民法院关于公布失信被执行人名单信息的若干规定》第6条公布的事项：身份证号码隐去中间位，' +
    '不含电话、住址、出生日期和证据材料；已删除或期限届满的不再公布。无需登录；每个客户端每分钟的查询次数有限，' +
    '超出时答复 429 `rate-limited`，以 Retry-After 头给出可重试的秒数。一次最多答复 50 条，`truncated` 表示还有更多。',
  tags,
  signedIn: false,
  querystring: Strict({
    q: Text({ title: '查询内容', minLength: 1, maxLength: 60, description: '姓名或名称、身份证号码或统一社会信用代码' }),
  }),
  status: 200,
  response: Type.Object({
    by: OneOf(['name', 'id-number', 'credit-code'] as const, { description: '按何查询：姓名或名称、身份证号码、统一社会信用代码' }),
    items: Type.Array(PublicListing),
    truncated: Type.Boolean({ description: '超过 50 条，只答复了前 50 条（请输入更完整的姓名或名称）' }),
  }),
  errors: ['public-query-too-short', 'public-query-identity-invalid', 'rate-limited'],
});

const FeedEntry = Type.Object(
  {
    cursor: Out({ description: '本条的游标：以它为 after 接着读' }),
    kind: OneOf(['addition', 'deletion'] as const, { description: 'addition 纳入（公布），deletion 删除（含期限届满）' }),
    on: Day('纳入公布或删除的日期'),
    listingId: Out({ description: '失信名单记录编号' }),
    courtCode: Out({ description: '执行法院代码' }),
    court: Out({ description: '执行法院' }),
    caseNumber: Out({ description: '执行案号' }),
    debtor: Type.Object({
      name: Out(),
      kind: OneOf(['person', 'organization'] as const),
      idNumber: Nullable(Out({ description: '身份证号码（完整，供联合惩戒单位识别）' })),
      creditCode: Nullable(Out({ description: '统一社会信用代码' })),
      legalRepresentative: Nullable(Out({ description: '法定代表人或者负责人' })),
    }),
    ground: Type.Integer({ description: '纳入情形：失信名单规定 第1条 第1–6项' }),
    groundName: Out(),
    endsOn: Nullable(Day('纳入期限届满日')),
    deletionGround: Nullable(Out({ description: '删除情形代码（失信名单规定 第10条）或 term-expired；纳入为 null' })),
    deletionGroundName: Nullable(Out()),
  },
  { title: '失信名单变动' },
);

export const readFeed = operation({
  operationId: 'readDishonestFeed',
  summary: '失信名单变动（联合惩戒单位）',
  description:
    '自游标 `after` 之后的每一次纳入（公布）和删除，按发生的先后，供银行、征信机构、铁路、民航、市场监管等联合惩戒单位同步名单；' +
    '每条给出完整身份证号码或统一社会信用代码以识别被执行人。不带 after 从头读起；答复的 `next` 为下一次的 after，' +
    '`more` 为 true 时应立即接着读。游标只增不减，同一游标再读答复相同的条目。仅限协助执行单位（institution 角色）。',
  tags,
  signedIn: true,
  querystring: Strict({
    after: Type.Optional(Text({ title: '游标', maxLength: 20, description: '上一次答复的 next' })),
    limit: Type.Optional(Type.Integer({ title: '条数', minimum: 1, maximum: 500, default: 100 })),
  }),
  status: 200,
  response: Type.Object({
    items: Type.Array(FeedEntry),
    next: Out({ description: '下一次读取的 after' }),
    more: Type.Boolean({ description: '还有更多条目' }),
  }),
  errors: ['invalid-cursor'],
});
