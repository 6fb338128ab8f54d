import { Type, type TSchema } from '@sinclair/typebox';

// The contract of the sweep status routes.
const tags = ['每日任务'];
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const SweepRun = Type.Object(
  {
    id: Type.String(),
    asOf: Type.String({ description: '运行所针对的日期（YYYY-MM-DD）' }),
    trigger: Type.String({ description: 'schedule 定时；catch-up 启动时补跑；cli 命令行；test 测试' }),
    dryRun: Type.Boolean({ description: '是否试运行（不写入）' }),
    status: Type.String({ description: 'running 运行中；completed 完成；failed 失败；interrupted 中断（心跳已停止）' }),
    examined: Type.Integer({ description: '检查的项目数' }),
    changed: Type.Integer({ description: '变更的项目数（试运行时为将变更的项目数）' }),
    done: Type.Boolean({ description: '是否处理完（受 limit 限制时为 false）' }),
    error: Nullable(Type.String()),
    startedAt: Type.String({ description: '开始时间（UTC，ISO 8601）' }),
    finishedAt: Nullable(Type.String()),
  },
  { title: '每日任务的一次运行' },
);

export const listSweepsOperation = {
  summary: '每日任务及其最近一次运行',
  description: '每项每日任务（期限超期标记、届满提醒、暂缓届满、清理过期会话等）及其最近一次运行的结果，用于确认夜间任务是否按时完成。',
  tags,
  response: Type.Object({
    items: Type.Array(Type.Object({ name: Type.String(), title: Type.String(), description: Type.String(), lastRun: Nullable(SweepRun) })),
  }),
};

export const sweepRunsOperation = {
  summary: '一项每日任务的运行记录',
  description: '该任务最近的运行记录，最新的在前。',
  tags,
  params: Type.Object({ name: Type.String({ description: '任务名，如 mark-overdue-deadlines' }) }),
  querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 30 })) }),
  response: Type.Object({ items: Type.Array(SweepRun) }),
};
