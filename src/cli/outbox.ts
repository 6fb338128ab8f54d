import { Command, InvalidArgumentError } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { configuredRegistry, deliveryPolicy } from '../outbox/configured.ts';
import { deliverDue } from '../outbox/deliver.ts';
import { listOutboundRequests } from '../outbox/list-requests.ts';
import { requestStatuses, requestStatusNames, type RequestStatus } from '../outbox/outbox.types.ts';
import { newWorkerId, startOutboxWorker } from '../outbox/worker.ts';

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('须为正整数');
  return n;
};
const status = (v: string): RequestStatus => {
  if (!(requestStatuses as readonly string[]).includes(v)) throw new InvalidArgumentError(`须为 ${requestStatuses.join(' | ')}`);
  return v as RequestStatus;
};

export function outboxCommand(): Command {
  const outbox = new Command('outbox').description('向协助执行单位发出的请求（查询、冻结、扣划……）');
  outbox
    .command('deliver')
    .description('立即投递到期的请求并等待结果（可重复运行；同一请求以同一幂等键发送）')
    .option('--limit <n>', '最多投递件数', positive, 100)
    .action(async (opts: { limit: number }) => {
      const app = await openApp();
      try {
        const s = await deliverDue(app, configuredRegistry(app.config.outbox), {
          worker: newWorkerId(),
          limit: opts.limit,
          policy: deliveryPolicy(app.config.outbox),
        });
        console.log(
          `已投递 ${s.claimed} 件：已答复 ${s.answered}，已送达待答复 ${s.sent}，待重试 ${s.retrying}，失败 ${s.failed}，超时 ${s['timed-out']}` +
            (s.released + s['lease-lost'] ? `，中断 ${s.released + s['lease-lost']}` : ''),
        );
      } finally {
        await app.close();
      }
    });
  outbox
    .command('list')
    .description('列出请求')
    .option('--status <status>', `状态（${requestStatuses.join(' | ')}）`, status)
    .option('--institution <id>', '协助执行单位')
    .option('--limit <n>', '最多列出件数', positive, 100)
    .action(async (opts: { status?: RequestStatus; institution?: string; limit: number }) => {
      const app = await openApp();
      try {
        const rows = await listOutboundRequests(app, opts);
        for (const r of rows)
          console.log(
            [r.id, r.status, r.institution, r.kind, `第${r.attempts}次`, r.createdAt, r.failureReason ?? ''].join('\t').trimEnd(),
          );
        console.log(`共 ${rows.length} 件${opts.status ? `（${requestStatusNames[opts.status]}）` : ''}`);
      } finally {
        await app.close();
      }
    });
  outbox
    .command('work')
    .description('在前台运行投递进程，直到收到 SIGINT/SIGTERM（服务进程已自带一个）')
    .action(async () => {
      const app = await openApp();
      const settings = app.config.outbox;
      const worker = startOutboxWorker(app, configuredRegistry(settings), { policy: deliveryPolicy(settings), pollMs: settings.pollMs });
      console.log(`投递进程已启动：${worker.id}`);
      const stop = async () => {
        await worker.stop();
        await app.close();
        console.log('投递进程已停止');
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
  return outbox;
}
