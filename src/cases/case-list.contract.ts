import { Type } from '@sinclair/typebox';
import { LocalDate, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { caseStatuses, closureModes } from '../shared/vocabulary.ts';
import { CasePage } from './cases.models.ts';

// The case list's part of the cases contract: the filters a clerk searches by, the total, the
// export of the filtered list to XLSX, and the probable-duplicate check before filing.

const tags = ['案件'];

const Amount = (title: string) =>
  Text({ title, maxLength: 24, pattern: '^[0-9,，\\s]+(\\.[0-9]{1,2})?$', description: '金额（元），可带千位分隔符，如 1,000,000' });

export const listFilters = {
  court: Type.Optional(Text({ title: '法院代字', maxLength: 20 })),
  status: Type.Optional(OneOf(caseStatuses, { title: '案件状态' })),
  closureMode: Type.Optional(OneOf(closureModes, { title: '结案方式' })),
  officer: Type.Optional(Uuid({ title: '承办人', description: '承办人的用户编号（“我承办的”即本人的编号）' })),
  year: Type.Optional(Type.Integer({ title: '立案年度', minimum: 1900, maximum: 9999 })),
  filedFrom: Type.Optional(LocalDate({ title: '立案日期起' })),
  filedTo: Type.Optional(LocalDate({ title: '立案日期止' })),
  amountFrom: Type.Optional(Amount('标的金额下限')),
  amountTo: Type.Optional(Amount('标的金额上限')),
  party: Type.Optional(
    Text({
      title: '当事人',
      maxLength: 64,
      description: '当事人名称中的文字；或证件号码、统一社会信用代码（完整号码，或其中连续 4 位以上的片段）',
    }),
  ),
  caseNumber: Type.Optional(
    Text({ title: '案号', maxLength: 60, description: '案号，任意写法（全角、半角、方括号，带不带“号”），可为片段，如 执152' }),
  ),
  titleNumber: Type.Optional(Text({ title: '执行依据文书号', maxLength: 80, description: '执行依据的文书号，任意写法，可为片段' })),
  deadline: Type.Optional(
    OneOf(['overdue', 'due-soon'] as const, { title: '执行期限', description: 'overdue 已超执行期限；due-soon 30 日内届满' }),
  ),
};

export const listCases = operation({
  operationId: 'listCases',
  summary: '案件列表',
  description:
    '当前用户辖区内的案件（当事人只见本人的案件）。可按法院、状态、结案方式、承办人、立案年度和日期、标的金额区间、执行期限（已超期、临期）、当事人（名称片段或证件号码片段）、案号和执行依据文书号（任意写法或片段）筛选；按立案日期、标的金额或案号排序。分页：页码 page（前 10000 件），或默认排序下的游标 cursor。每件案件带执行期限的届满日和状态（超期标红、30 日内届满标橙）。总数见 GET /api/v1/cases/count。',
  tags,
  signedIn: true,
  querystring: Strict({
    ...listFilters,
    sort: Type.Optional(OneOf(['filedOn', 'claimAmount', 'caseNumber'] as const, { title: '排序', default: 'filedOn' })),
    order: Type.Optional(OneOf(['asc', 'desc'] as const, { title: '顺序', default: 'desc' })),
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 10_000 })),
    cursor: Type.Optional(Text({ title: '分页游标', maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: '上一页答复的 nextCursor' })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 20 })),
  }),
  status: 200,
  response: Ref(CasePage),
  errors: ['unknown-court', 'invalid-cursor', 'page-too-deep', 'invalid-money'],
});

export const countCases = operation({
  operationId: 'countCases',
  summary: '案件总数',
  description: '与案件列表相同的筛选条件下的案件总数，最多数到 100000（capped 为 true 时表示“至少”）。',
  tags,
  signedIn: true,
  querystring: Strict(listFilters),
  status: 200,
  response: Type.Object({
    total: Type.Integer({ description: '案件数' }),
    capped: Type.Boolean({ description: '为 true 时实际案件数多于 total' }),
  }),
  errors: ['unknown-court', 'invalid-money'],
});

export const exportCaseList = operation({
  operationId: 'exportCaseList',
  summary: '导出案件列表（XLSX）',
  description:
    '按与案件列表相同的筛选条件和排序导出为 Excel 工作簿（XLSX），最多 10000 件。列：案号、法院、申请执行人、被执行人、立案日期、申请执行标的（元，数字）、案件状态、结案方式、承办人、执行期限届满日。导出记入审计事件。',
  tags,
  signedIn: true,
  querystring: Strict({
    ...listFilters,
    sort: Type.Optional(OneOf(['filedOn', 'claimAmount', 'caseNumber'] as const, { title: '排序' })),
    order: Type.Optional(OneOf(['asc', 'desc'] as const, { title: '顺序' })),
  }),
  status: 200,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  response: Type.String({ format: 'binary', description: 'XLSX 文件' }),
  errors: ['unknown-court', 'invalid-money', 'export-too-large'],
});

export const findDuplicates = operation({
  operationId: 'findProbableDuplicates',
  summary: '重复立案检查',
  description:
    '立案前检查：本院是否已有同一执行依据（文书号任意写法）且当事人相同的案件。后立案的法院不得重复立案（执行工作若干问题的规定 第13条）；同一执行依据也可能依法再次立案（如执恢），所以只作提示。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: Text({ title: '执行法院', minLength: 1, maxLength: 20 }),
    documentNumber: Text({ title: '执行依据文书号', minLength: 1, maxLength: 200 }),
    identities: Type.Optional(
      Text({ title: '当事人证件号码', maxLength: 2000, description: '申请执行人和被执行人的证件号码，以逗号分隔；不填时只比对文书号' }),
    ),
  }),
  status: 200,
  response: Type.Object({
    items: Type.Array(
      Type.Object({
        id: Out(),
        caseNumber: Out(),
        filedOn: Out(),
        status: OneOf(caseStatuses),
        statusName: Out(),
        applicants: Out(),
        debtors: Out(),
      }),
    ),
  }),
  errors: ['unknown-court', 'court-out-of-scope'],
});
