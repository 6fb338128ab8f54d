import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';

// The contract of the court directory (法院名录). A court's fields are listed once, in Court.
const tags = ['法院'];
const levels = ['supreme', 'high', 'intermediate', 'basic'] as const;

export const Court = Type.Object(
  {
    code: Out({ description: '法院代字，如 粤0703', examples: ['粤0703'] }),
    name: Out({ description: '法院名称', examples: ['广东省江门市蓬江区人民法院'] }),
    level: OneOf(levels, { description: 'supreme 最高人民法院；high 高级；intermediate 中级；basic 基层' }),
    parentCode: Nullable(Out({ description: '上级法院代字；最高人民法院为 null' })),
    provinceCode: Nullable(Out({ description: '省级行政区划代码（两位，如 44）；最高人民法院为 null' })),
    special: Nullable(Out({ description: '专门法院的类别（如 railway、maritime、ip）；地方法院为 null' })),
    formerCodes: Type.Array(
      Type.Object({ code: Out(), name: Out({ description: '原法院名称' }), until: Out({ description: '原代字使用至此日（YYYY-MM-DD）' }) }),
      { description: '该法院承继的原代字（如 陕0118 ← 陕0125 户县人民法院）' },
    ),
  },
  { $id: 'Court', title: '法院' },
);

const FormerCode = Type.Object(
  { code: Out(), name: Out(), until: Out(), successor: Out({ description: '承继该代字的法院代字' }) },
  { description: '按原代字查询时：原代字及承继它的法院；按现行代字查询时为 null' },
);

export const CourtWithParent = Type.Composite([Court, Type.Object({ parent: Nullable(Ref(Court)), formerCode: Nullable(FormerCode) })], {
  $id: 'CourtWithParent',
  title: '法院及其上级法院',
});

export const courtsSchemas = [Court, CourtWithParent];

export const listCourts = operation({
  operationId: 'listCourts',
  summary: '法院名录',
  description: '全国法院名录，可按层级、上级法院、省份、名称筛选，按 offset/limit 分页；`total` 为筛选后的总数。无需登录。',
  tags,
  signedIn: false,
  querystring: Strict({
    level: Type.Optional(OneOf(levels, { title: '法院层级' })),
    parent: Type.Optional(Text({ title: '上级法院代字', maxLength: 20, description: '上级法院代字，如 粤07' })),
    province: Type.Optional(Text({ title: '省份', maxLength: 20, description: '省级简称（粤）或两位区划代码（44）' })),
    name: Type.Optional(Text({ title: '法院名称', maxLength: 50, description: '名称中的文字，或完整的法院代字' })),
    q: Type.Optional(Text({ title: '查找', maxLength: 50, description: '法院选择器：按名称、代字或原代字查找，完全相同的代字在前' })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 5000, default: 100 })),
    offset: Type.Optional(Type.Integer({ title: '跳过条数', minimum: 0, maximum: 100000, default: 0 })),
  }),
  status: 200,
  response: Type.Object({ total: Type.Integer({ description: '筛选后的法院总数' }), items: Type.Array(Ref(Court)) }),
  errors: ['court-not-found'],
});

export const getCourt = operation({
  operationId: 'getCourt',
  summary: '按代字查询法院',
  description:
    '一个法院及其上级法院。法院代字须按 URL 编码（如 %E7%B2%A407 即 粤07）。已停用的原代字答复承继它的法院，并在 `formerCode` 中注明。无需登录。',
  tags,
  signedIn: false,
  params: Strict({ code: Text({ title: '法院代字', minLength: 1, maxLength: 20 }) }),
  status: 200,
  response: Ref(CourtWithParent),
  errors: ['court-not-found'],
});
