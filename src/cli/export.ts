import { Command } from 'commander';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { userInfo } from 'node:os';
import { openApp } from '../platform/bootstrap.ts';
import { exportCases } from '../cases/export-cases.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { progress } from './progress.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('导出案件（与导入格式相同，可再次导入）；每次导出记入审计')
    .option('--court <code>', '法院代字（含下级法院）', '最高法')
    .option('--format <format>', 'jsonl（完整）或 csv（UTF-8 带 BOM、中文列名，供 Excel 和 WPS 打开）', 'jsonl')
    .option('--out <file>', '输出文件（默认标准输出）')
    .option('--limit <n>', '最多导出件数')
    .option('--progress-every <n>', '标准错误不是终端时，每导出多少件输出一行进度', '10000')
    .action(async (opts: { court: string; format: string; out?: string; limit?: string; progressEvery: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new Error('--format 只能是 jsonl 或 csv');
      const app = await openApp({ maintain: false });
      // Written under a temporary name and renamed once complete: a refused or failed export leaves no half a file.
      const part = opts.out ? `${opts.out}.part` : null;
      const out = part ? createWriteStream(part) : process.stdout;
      const write = async (text: string) => {
        if (!out.write(text)) await once(out, 'drain');
      };
      // The audit event names who ran it: the system, on behalf of this operating-system user.
      const who = systemPrincipal(app, `命令行导出（${userInfo().username}）`, opts.court);
      let n = 0;
      let renamed = false;
      // No total: the use case streams the cases without counting them first; the count and rate show.
      const limit = opts.limit ? Number(opts.limit) : undefined;
      const bar = progress({ label: '导出', unit: '件', every: Number(opts.progressEvery) });
      const row = (text: string) => {
        n += 1;
        bar.update(n);
        return write(text);
      };
      try {
        const result = await exportCases(app, who, { format: opts.format, limit }, row);
        if (part) {
          (out as NodeJS.WritableStream).end();
          await once(out, 'finish');
        }
        if (!result.ok) {
          console.error(`[${result.code}] ${result.detail ?? result.code}`);
          process.exitCode = 2;
          return;
        }
        if (part) renameSync(part, opts.out!);
        renamed = true;
        bar.finish(result.value.count);
      } finally {
        if (part && !renamed) rmSync(part, { force: true });
        await app.close();
      }
    });
}
