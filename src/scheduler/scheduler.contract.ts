import { Type } from '@sinclair/typebox';
import { Nullable, operation, Ref, Strict, Text } from '../shared/contract.ts';

// The contract of the sweep status routes.
const tags = ['每日任务'];

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
  { $id: 'SweepRun', title: '每日任务的一次运行' },
);

export const schedulerSchemas = [SweepRun];

export const listSweepsOperation = operation({
  operationId: 'listSweeps',
  summary: '每日任务及其最近一次运行',
  description: '每项每日任务（期限超期标记、届满提醒、暂缓届满、清理过期会话等）及其最近一次运行的结果，用于确认夜间任务是否按时完成。',
  tags,
  signedIn: true,
  status: 200,
  response: Type.Object({
    items: Type.Array(
      Type.Object({ name: Type.String(), title: Type.String(), description: Type.String(), lastRun: Nullable(Ref(SweepRun)) }),
    ),
  }),
  errors: [],
});

export const sweepRunsOperation = operation({
  operationId: 'listSweepRuns',
  summary: '一项每日任务的运行记录',
  description: '该任务最近的运行记录，最新的在前。',
  tags,
  signedIn: true,
  params: Strict({ name: Text({ title: '任务名', minLength: 1, maxLength: 64, description: '任务名，如 mark-overdue-deadlines' }) }),
  querystring: Strict({ limit: Type.Optional(Type.Integer({ title: '条数', minimum: 1, maximum: 200, default: 30 })) }),
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(SweepRun)) }),
  errors: ['unknown-sweep'],
});
