import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { sweepByName, sweeps } from '../scheduler/registry.ts';
import { listSweeps } from '../scheduler/read-sweeps.ts';
import { runSweep } from '../scheduler/run-sweep.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { parseLocalDate } from '../shared/dates.ts';
import { progress } from './progress.ts';

// `zhixing sweep list` and `zhixing sweep run <name|all> --as-of --dry-run --limit`: the daily
// sweeps by hand, the same use cases the server's scheduler runs.

const statusNames = { running: '运行中', interrupted: '中断', completed: '完成', failed: '失败' } as const;

export function sweepCommand(): Command {
  const sweep = new Command('sweep').description('每日任务（期限超期、提醒、暂缓届满、清理过期会话等）');
  sweep
    .command('list')
    .description('列出每日任务及其最近一次运行')
    .action(async () => {
      const app = await openApp();
      const listed = await listSweeps(app);
      await app.close();
      for (const s of listed.value.items) {
        const r = s.lastRun;
        const run = r
          ? `最近：${r.asOf} ${statusNames[r.status]}${r.dryRun ? '（试运行）' : ''}，检查 ${r.examined}，变更 ${r.changed}，${r.finishedAt ?? r.startedAt}`
          : '尚未运行';
        console.log(`${s.name.padEnd(32)} ${s.title}\n${' '.repeat(33)}${s.description}\n${' '.repeat(33)}${run}`);
      }
    });
  sweep
    .command('run')
    .description('运行一项每日任务（all 为按顺序运行全部）；可重复运行，中断后再次运行即从未完成处继续')
    .argument('<name>', '任务名（见 zhixing sweep list）或 all')
    .option('--as-of <date>', '按该日运行（YYYY-MM-DD，默认今天）')
    .option('--dry-run', '只统计将变更的项目，不写入')
    .option('--limit <n>', '最多处理的项目数')
    .option('--progress-every <n>', '标准错误不是终端时，每检查多少项输出一行进度', '10000')
    .action(async (name: string, opts: { asOf?: string; dryRun?: boolean; limit?: string; progressEvery: string }) => {
      const chosen: readonly Sweep[] = name === 'all' ? sweeps : [sweepByName(name)].filter((s): s is Sweep => s !== undefined);
      if (chosen.length === 0) throw new Error(`没有名为「${name}」的每日任务；可用：${sweeps.map((s) => s.name).join('、')}`);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new Error('--limit 须为正整数');
      const app = await openApp();
      const asOf = opts.asOf === undefined ? app.clock.today() : parseLocalDate(opts.asOf);
      if (!asOf) {
        await app.close();
        throw new Error('--as-of 须为 YYYY-MM-DD');
      }
      let failed = false;
      for (const s of chosen) {
        const started = performance.now();
        const verbed = opts.dryRun ? '将变更' : '变更';
        const bar = progress({ label: s.title, unit: '项', every: Number(opts.progressEvery) });
        const run = await runSweep(app, s, {
          asOf,
          dryRun: opts.dryRun ?? false,
          limit,
          trigger: 'cli',
          onProgress: (p) => bar.update(p.examined, `${verbed} ${p.changed} 项`),
        });
        bar.finish(run.examined, `${verbed} ${run.changed} 项`);
        const secs = ((performance.now() - started) / 1000).toFixed(1);
        const rest = run.done ? '' : '，未处理完（受 --limit 限制，再次运行继续）';
        console.log(
          `${s.name}（${asOf}）：检查 ${run.examined} 项，${verbed} ${run.changed} 项，用时 ${secs} 秒${rest}${run.failed ? `；失败：${run.failed}` : ''}`,
        );
        failed ||= Boolean(run.failed);
      }
      await app.close();
      process.exitCode = failed ? 1 : 0;
    });
  return sweep;
}
