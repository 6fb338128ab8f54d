import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { deadlineStates } from './deadlines.types.ts';

// The contract of the deadline routes: requests and answers as TypeBox schemas, with Chinese
// summaries. Dates are YYYY-MM-DD (Asia/Shanghai).

const tags = ['期限'];
const Day = (description: string) => Out({ description, examples: ['2026-11-20'] });
const State = OneOf(deadlineStates, { description: 'open 进行中；met 已完成；overdue 已超期；waived 已免除' });

export const Deadline = Type.Object(
  {
    id: Type.String({ description: '期限编号（UUID）' }),
    caseId: Nullable(Type.String({ description: '案件编号（UUID）；法院的期限（如暂存款认领）为 null' })),
    caseNumber: Nullable(Type.String({ description: '案号；法院的期限为 null' })),
    node: Type.String({ description: '流程节点，如 enforcement-period、officer-assignment、enforcement-notice' }),
    title: Type.String({ description: '节点名称' }),
    subject: Nullable(Type.String({ description: '重复节点的对象（如查封编号）' })),
    basis: Type.Array(Type.Object({ source: Type.String(), version: Type.String(), article: Type.String() }, { description: '法律依据' })),
    startOn: Day('起算日（不计入期间）'),
    dueOn: Day('届满日：可以完成该节点的最后一日（已扣除中止、暂缓期间，遇法定休假日顺延）'),
    state: State,
    stateName: Type.String({ description: '状态的中文名称' }),
    dueInDays: Nullable(Type.Integer({ description: '距届满日的天数，负数为已超期天数；已完成、已免除或停止计时时为 null' })),
    dueLabel: Type.String({ description: '如“还剩 3 天”“今日到期”“已超期 2 天”' }),
    metOn: Nullable(Day('完成日')),
    late: Type.Boolean({ description: '是否超期完成' }),
    waivedReason: Nullable(Type.String({ description: '免除理由' })),
    paused: Type.Boolean({ description: '是否因中止、暂缓而停止计时' }),
    pausedSince: Nullable(Day('停止计时之日')),
    pauses: Type.Array(
      Type.Object({
        from: Day('中止（暂缓）之日'),
        to: Nullable(Day('恢复之日')),
        cause: Type.String({ description: 'case.suspend 中止执行、case.defer 暂缓执行或 funds.hold 暂缓发放' }),
        causeName: Type.String(),
      }),
    ),
    provisional: Type.Boolean({ description: '届满日是否按尚未公布的放假安排暂行计算' }),
    provisionalYears: Type.Array(Type.Integer()),
    officer: Nullable(Type.Object({ id: Type.String(), name: Type.String() }, { description: '承办人' })),
  },
  { $id: 'Deadline', title: '节点期限' },
);

export const deadlinesSchemas = [Deadline];

const IdParams = Strict({ id: Text({ title: '编号', minLength: 1, maxLength: 64, description: '编号（UUID）' }) });

export const caseDeadlinesOperation = operation({
  operationId: 'getCaseDeadlines',
  summary: '案件的节点期限',
  description: '一个案件的全部节点期限（执行期限、确定承办人、发出执行通知……），按届满日排序，含法律依据、状态和停止计时的期间。',
  tags,
  signedIn: true,
  params: IdParams,
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(Deadline)) }),
  errors: ['case-not-found'],
});

export const courtDeadlinesOperation = operation({
  operationId: 'listDeadlines',
  summary: '法院的节点期限列表',
  description: '辖区内法院的节点期限，按届满日先后排列（游标分页）。可按法院、状态（如 overdue 已超期）、节点、承办人和届满日范围筛选。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: Type.Optional(Text({ title: '法院代字', maxLength: 20, description: '法院代字，如 粤0703；缺省为辖区内全部法院' })),
    state: Type.Optional(OneOf(deadlineStates, { title: '状态', description: 'open、met、overdue 或 waived' })),
    node: Type.Optional(Text({ title: '流程节点', maxLength: 64, description: '流程节点，如 enforcement-notice' })),
    officer: Type.Optional(Uuid({ title: '承办人', description: '承办人的用户编号' })),
    dueFrom: Type.Optional(LocalDate({ title: '届满日不早于' })),
    dueTo: Type.Optional(LocalDate({ title: '届满日不晚于' })),
    cursor: Type.Optional(Text({ title: '分页游标', maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: '上一页答复的 nextCursor' })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 50 })),
  }),
  status: 200,
  response: Type.Object({
    items: Type.Array(Ref(Deadline)),
    nextCursor: Nullable(Out({ description: '下一页的游标；为 null 时已到末页' })),
  }),
  errors: ['unknown-court', 'unknown-deadline-node', 'invalid-cursor'],
});

export const myTodoOperation = operation({
  operationId: 'getMyTodo',
  summary: '我的待办',
  description:
    '当前用户承办的案件中仍在计时的节点期限，已超期和即将届满的在前（最多 limit 项）；total 为全部件数，overdue 为已超期件数，dueSoon 为 7 日内届满件数。',
  tags,
  signedIn: true,
  querystring: Strict({ limit: Type.Optional(Type.Integer({ title: '条数', minimum: 1, maximum: 500, default: 100 })) }),
  status: 200,
  response: Type.Object({
    items: Type.Array(Ref(Deadline)),
    total: Type.Integer({ description: '仍在计时的期限总数' }),
    overdue: Type.Integer({ description: '已超期的期限数' }),
    dueSoon: Type.Integer({ description: '7 日内届满的期限数' }),
  }),
  errors: [],
});

export const waiveDeadlineOperation = operation({
  operationId: 'waiveDeadline',
  summary: '免除节点期限',
  description: '该节点对案件不再适用时，由执行法官或执行局长说明理由予以免除；已完成或已免除的期限不能再免除（409 deadline-closed）。',
  tags,
  signedIn: true,
  params: IdParams,
  body: Strict(
    { reason: Text({ title: '免除理由', minLength: 1, maxLength: 500, multiline: true }) },
    { examples: [{ reason: '被执行人已自动履行，无须发出执行通知' }] },
  ),
  status: 200,
  response: Type.Object({ id: Out(), state: OneOf(['waived'] as const) }),
  errors: ['deadline-not-found', 'deadline-closed', 'reason-required'],
});
