import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid, YuanAmount } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';

// The contract of the 终本案件库 (ADR 0213): the pool with its filters, and a case's re-searches.

const tags = ['终本案件库'];

const Amount = (title: string) =>
  Text({ title, maxLength: 24, pattern: '^[0-9,，\\s]+(\\.[0-9]{1,2})?$', description: '未履行金额（元），可带千位分隔符' });

export const DormantCase = Type.Object(
  {
    caseId: Out({ description: '案件编号（UUID）' }),
    caseNumber: Out({ description: '案号' }),
    courtCode: Out({ description: '法院代字' }),
    applicants: Out({ description: '申请执行人' }),
    debtors: Type.Array(Type.Object({ name: Out(), kind: OneOf(['person', 'organization'] as const) })),
    debtorKind: OneOf(['person', 'organization', 'mixed'] as const, { description: '被执行人类型：自然人、单位，或两者都有' }),
    closedOn: Out({ description: '终本日期' }),
    enteredOn: Out({ description: '入库日期（终本后若干日，默认 7 日）' }),
    ageMonths: Type.Integer({ description: '终本至今的整月数' }),
    outstanding: YuanAmount({ description: '未履行金额（申请执行标的减已到账执行款）' }),
    researchCycle: Type.Integer({ minimum: 0, maximum: 10, description: '已发出的复查次数' }),
    lastSearchOn: Nullable(Out({ description: '最近一次复查日期' })),
    nextSearchDue: Nullable(Out({ description: '下一次复查期限；五年届满后为 null' })),
    lastFindings: Nullable(Type.Integer({ description: '最近一次已答复复查发现的财产项数' })),
    endsOn: Out({ description: '复查届满日（终本后五年）' }),
    seizuresInForce: Type.Integer({ description: '仍有效的查封、扣押、冻结' }),
    restrictionsInForce: Type.Integer({ description: '仍有效的限制消费令' }),
    listingsInForce: Type.Integer({ description: '仍在名单中的失信记录' }),
    status: OneOf(['in-pool', 'exited'] as const, { description: 'in-pool 在库；exited 已出库' }),
    officer: Nullable(Type.Object({ id: Out({ description: '承办人的用户编号' }), name: Out({ description: '承办人' }) })),
  },
  { $id: 'DormantCase', title: '终本案件库中的案件' },
);

export const DormantPage = Type.Object(
  {
    items: Type.Array(Ref(DormantCase)),
    page: Type.Integer(),
    limit: Type.Integer(),
    hasMore: Type.Boolean({ description: '其后是否还有案件' }),
  },
  { $id: 'DormantPage', title: '终本案件库（一页）' },
);

export const DormantResearch = Type.Object(
  {
    cycle: Type.Integer({ minimum: 1, maximum: 10, description: '第几次复查' }),
    dueOn: Out({ description: '本次复查期限' }),
    sentOn: Out({ description: '发出查询的日期' }),
    searchId: Out({ description: '网络查控编号（见查控页）' }),
    requests: Type.Integer({ description: '查询请求数' }),
    answered: Type.Integer({ description: '已答复（或失败、超时）的请求数' }),
    answeredOn: Nullable(Out({ description: '全部答复的日期；未答复完为 null' })),
    findings: Type.Integer({ description: '发现的财产项数' }),
    value: YuanAmount({ description: '发现财产的估值合计' }),
    notice: Nullable(Out({ description: '告知申请执行人的查询结果' })),
    findReview: Nullable(
      OneOf(['open', 'resumed', 'declined'] as const, {
        description: '发现财产的审查（ADR 0215）：open 待承办人审查；resumed 已恢复执行；declined 决定不恢复执行；未发现财产为 null',
      }),
    ),
    declineReason: Nullable(Out({ description: '不恢复执行的理由（仅法院内部可见；当事人门户为 null）' })),
  },
  { $id: 'DormantResearch', title: '终本复查' },
);

export const DormantResearchList = Type.Object(
  {
    inPool: Type.Boolean({ description: '案件是否在终本案件库中' }),
    nextSearchDue: Nullable(Out({ description: '下一次复查期限' })),
    items: Type.Array(Ref(DormantResearch)),
  },
  { $id: 'DormantResearchList', title: '案件的终本复查记录' },
);

const Exits = Type.Object({
  resumed: Type.Integer({ description: '恢复执行' }),
  paid: Type.Integer({ description: '履行完毕' }),
  bankruptcy: Type.Integer({ description: '移送破产审查' }),
  terminated: Type.Integer({ description: '终结执行' }),
  total: Type.Integer({ description: '出库合计' }),
});

export const DormantStatistics = Type.Object(
  {
    court: Nullable(Out({ description: '法院代字；未指定为当前用户辖区合计' })),
    year: Type.Integer(),
    months: Type.Array(
      Type.Object({
        period: Out({ description: '月份（YYYY-MM）' }),
        entered: Type.Integer({ description: '当月终本入库' }),
        exits: Exits,
        size: Type.Integer({ description: '月末在库案件数' }),
        ageProfile: Type.Object(
          {
            under1: Type.Integer({ description: '终本不满一年' }),
            from1to2: Type.Integer({ description: '一年以上不满两年' }),
            from2to3: Type.Integer({ description: '两年以上不满三年' }),
            from3to5: Type.Integer({ description: '三年以上不满五年' }),
            over5: Type.Integer({ description: '五年以上' }),
          },
          { description: '月末在库案件的终本时长分布' },
        ),
      }),
    ),
    totals: Type.Object({ entered: Type.Integer(), exits: Exits }),
  },
  { $id: 'DormantStatistics', title: '终本案件出清统计' },
);

export const dormantStatistics = operation({
  operationId: 'dormantStatistics',
  summary: '终本案件出清统计',
  description:
    '按月统计终本案件库：当月终本入库数，按恢复执行、履行完毕、移送破产审查、终结执行分列的出库数，月末在库数及其终本时长分布。' +
    '统计当前用户辖区（或指定法院）的一个年度，至本月为止。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: Type.Optional(Text({ title: '法院代字', maxLength: 20 })),
    year: Type.Optional(Type.Integer({ title: '统计年度', minimum: 2000, maximum: 2100, description: '默认为本年度' })),
  }),
  status: 200,
  response: Ref(DormantStatistics),
  errors: ['unknown-court', 'court-out-of-scope', 'dormant-filter-invalid'],
});

// The pool's filters, the same for the list and its export.
const poolFilters = {
  court: Type.Optional(Text({ title: '法院代字', maxLength: 20 })),
  status: Type.Optional(OneOf(['in-pool', 'exited'] as const, { title: '在库状态', default: 'in-pool' })),
  ageMin: Type.Optional(Type.Integer({ title: '终本时长下限（月）', minimum: 0, maximum: 600 })),
  ageMax: Type.Optional(Type.Integer({ title: '终本时长上限（月）', minimum: 0, maximum: 600 })),
  amountMin: Type.Optional(Amount('未履行金额下限')),
  amountMax: Type.Optional(Amount('未履行金额上限')),
  debtorKind: Type.Optional(OneOf(['person', 'organization'] as const, { title: '被执行人类型' })),
  lastSearchBefore: Type.Optional(LocalDate({ title: '最近复查早于', description: '最近一次复查早于该日（含从未复查）' })),
};

export const listDormantCases = operation({
  operationId: 'listDormantCases',
  summary: '终本案件库',
  description:
    '当前用户辖区内以终结本次执行程序结案的案件：未履行金额、被执行人、仍有效的查封冻结、限制消费和失信状态、最近和下一次复查。' +
    '可按法院、终本时长（月）、未履行金额区间、被执行人类型、最近复查早于某日筛选；按终本日期从近到远排列，分页 page/limit。',
  tags,
  signedIn: true,
  querystring: Strict({
    ...poolFilters,
    page: Type.Optional(Type.Integer({ title: '页码', minimum: 1, maximum: 10_000 })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 20 })),
  }),
  status: 200,
  response: Ref(DormantPage),
  errors: ['unknown-court', 'invalid-money', 'dormant-filter-invalid', 'page-too-deep'],
});

export const listResearches = operation({
  operationId: 'listDormantResearches',
  summary: '案件的终本复查记录',
  description: '终本后每六个月一次的网络查询：每次复查的期限、发出日期、答复情况、发现的财产和告知申请执行人的结果。本案当事人也可查看。',
  tags,
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) }),
  status: 200,
  response: Ref(DormantResearchList),
  errors: ['case-not-found'],
});

export const listApplicantResearches = operation({
  operationId: 'listApplicantDormantResearches',
  summary: '终本复查结果（申请执行人）',
  description: '申请执行人在当事人门户查看本案终本后每次复查的结果告知：查询日期、是否发现财产。非本案申请执行人按案件不存在处理。',
  tags,
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) }),
  status: 200,
  response: Ref(DormantResearchList),
  errors: ['case-not-found'],
});

export const ResumptionDeclined = Type.Object(
  {
    cycle: Type.Integer({ description: '第几次复查' }),
    declinedOn: Out({ description: '决定日期' }),
    reason: Out({ description: '不恢复执行的理由' }),
  },
  { $id: 'ResumptionDeclined', title: '复查发现财产，决定不恢复执行' },
);

export const declineResumption = operation({
  operationId: 'declineDormantResumption',
  summary: '复查发现财产：决定不恢复执行',
  description:
    '终本复查发现财产后，承办人审查认为不符合恢复执行条件的（如财产价值过低、权属不明、已被在先查封），填写理由决定不恢复执行，' +
    '该次发现的审查期限即告完成。决定恢复执行的，通过恢复执行（立执恢案件）办理。该次复查没有待审查的发现时拒绝。',
  tags,
  signedIn: true,
  params: Strict({
    id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }),
    cycle: Type.Integer({ title: '第几次复查', minimum: 1, maximum: 10 }),
  }),
  body: Strict(
    { reason: Text({ title: '不恢复执行的理由', minLength: 1, maxLength: 500, multiline: true }) },
    { examples: [{ reason: '查询到的存款余额不足以支付执行费用，暂不恢复执行' }] },
  ),
  status: 200,
  response: Ref(ResumptionDeclined),
  errors: ['case-not-found', 'reason-required', 'no-find-to-review'],
});

export const dormantSchemas = [DormantCase, DormantPage, DormantResearch, DormantResearchList, DormantStatistics, ResumptionDeclined];
// ——— Bulk actions on the pool (ADR 0216): assign an officer to many cases, export the filtered or selected rows. ———

export const MAX_BULK_CASES = 200;

export const PoolAssignment = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        caseId: Out({ description: '案件编号' }),
        outcome: OneOf(['assigned', 'unchanged', 'not-found', 'refused'] as const, {
          description: 'assigned 已指派；unchanged 已是该承办人，未变；not-found 不在本辖区的终本案件库；refused 不能指派（见 code）',
        }),
        code: Type.Optional(Out({ description: '不能指派的原因代码（如 officer-invalid）' })),
        title: Type.Optional(Out({ description: '不能指派的原因' })),
      }),
    ),
    assigned: Type.Integer({ description: '已指派件数' }),
    unchanged: Type.Integer({ description: '未变件数' }),
    failed: Type.Integer({ description: '未找到或不能指派的件数' }),
  },
  { title: '批量指派承办人的结果' },
);

export const assignPoolOfficer = operation({
  operationId: 'assignDormantCasesOfficer',
  summary: '批量指派承办人',
  description:
    '为终本案件库中的多件案件（1–200 件）指定同一承办人，逐件答复结果：已指派、未变（已是该承办人）、未找到（不在本辖区的终本案件库）或不能指派（如承办人不是该案法院的执行法官或执行员）。' +
    '一件不能指派不影响其他案件；每件指派各记一条流程记录。',
  tags,
  signedIn: true,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      caseIds: Type.Array(Uuid({ title: '案件编号' }), { title: '案件', minItems: 1, maxItems: MAX_BULK_CASES, uniqueItems: true }),
      officerId: Uuid({ title: '承办人', description: '承办人的用户编号（见 GET /api/v1/users/officers）' }),
    },
    { examples: [{ caseIds: ['5d0c1f0e-8b7a-4c7e-9a37-1f2e3d4c5b6a'], officerId: '0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11' }] },
  ),
  status: 200,
  response: PoolAssignment,
  errors: ['idempotency-key-reused'],
});

export const exportDormantCases = operation({
  operationId: 'exportDormantCases',
  summary: '导出终本案件库（XLSX）',
  description:
    '按与终本案件库相同的筛选条件导出全部符合条件的案件（不分页），或只导出 caseIds 所列的案件；最多 50,000 件，超过时答复 422 export-too-large，请缩小筛选范围。',
  tags,
  signedIn: true,
  querystring: Strict({
    ...poolFilters,
    caseIds: Type.Optional(
      Text({
        title: '所选案件',
        maxLength: MAX_BULK_CASES * 37,
        pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36})*$',
        description: '只导出这些案件：案件编号以英文逗号分隔，最多 200 件',
      }),
    ),
  }),
  status: 200,
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  response: Type.String({ format: 'binary', description: 'XLSX 文件' }),
  errors: ['unknown-court', 'invalid-money', 'dormant-filter-invalid', 'export-too-large'],
});
