import { Command } from 'commander';
import { openApp, ensureAdmin } from '../platform/bootstrap.ts';
import { buildServer } from '../http/server.ts';
import { batchedStdout } from '../http/log-stream.ts';
import { seedDemo } from '../demo/seed.ts';
import { startScheduler } from '../scheduler/scheduler.ts';
import { sweeps } from '../scheduler/registry.ts';
import { configuredRegistry, deliveryPolicy } from '../outbox/configured.ts';
import { startOutboxWorker } from '../outbox/worker.ts';
import { purgeExpiredSessions, sweepSessionsEvery } from '../access/purge-sessions.ts';
import { startCheckpointSweep } from '../audit/checkpoint-sweep.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('启动服务（默认 PGlite 数据目录 ./data；DATABASE_URL 指向 PostgreSQL）')
    .option('--demo', '空库时载入演示数据（PGlite 默认载入）')
    .option('--no-demo', '不载入演示数据')
    .action(async (opts: { demo?: boolean }) => {
      const app = await openApp();
      await ensureAdmin(app, (line) => console.log(line));
      const demo = opts.demo ?? app.handle.kind === 'pglite';
      if (demo) {
        const seeded = await seedDemo(app, { log: (s) => process.stdout.write(`\r${s}`) });
        if (seeded.cases) console.log(`\n已载入演示数据：${seeded.cases} 件案件，${seeded.users} 个演示账户（密码 zhixing-demo）`);
      }
      const server = await buildServer(app, { log: { level: app.config.logLevel, stream: batchedStdout() } });
      // Expired sessions go at the start and then on a timer (ZHIXING_SESSION_SWEEP_MINUTES).
      await purgeExpiredSessions(app);
      const stopSweep = sweepSessionsEvery(app, app.config.sessionSweepMinutes, (err) => server.log.error({ err }, 'session sweep failed'));
      const address = await server.listen({ port: app.config.port, host: app.config.host });
      console.log(`Zhixing 已启动：${address.replace('0.0.0.0', 'localhost')}  （数据库：${app.handle.kind}，接口文档 /docs）`);
      // The daily sweeps (src/scheduler): at ZHIXING_SWEEP_HOUR, and now for a day that was missed.
      const scheduler = app.config.scheduler
        ? startScheduler(app, { hour: app.config.sweepHour, sweeps, log: (line) => console.log(`[每日任务] ${line}`) })
        : null;
      // Outbound requests: delivered by a worker in this process, stopped before the database closes.
      const outbox = app.config.outbox;
      const worker = outbox.worker
        ? startOutboxWorker(app, configuredRegistry(outbox), { policy: deliveryPolicy(outbox), pollMs: outbox.pollMs })
        : null;
      const sweep = startCheckpointSweep(app, (line) => console.error(line));
      const stop = async () => {
        await scheduler?.stop();
        await stopSweep();
        await server.close();
        await worker?.stop();
        await sweep.stop();
        await app.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop());
      process.on('SIGTERM', () => void stop());
    });
}
