import { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { openApp } from '../platform/bootstrap.ts';
import { exportCases } from '../cases/export-cases.ts';
import { csvColumns } from '../cases/import-row.ts';
import { encodeCsv } from '../db/csv.ts';
import { systemPrincipal } from '../access/system-principal.ts';

export function exportCommand(): Command {
  return new Command('export')
    .description('导出案件（与导入格式相同，可再次导入）')
    .option('--court <code>', '法院代字（含下级法院）', '最高法')
    .option('--format <format>', 'jsonl 或 csv', 'jsonl')
    .option('--out <file>', '输出文件（默认标准输出）')
    .option('--limit <n>', '最多导出件数')
    .action(async (opts: { court: string; format: string; out?: string; limit?: string }) => {
      const app = await openApp({ maintain: false });
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      if (opts.format === 'csv') out.write(encodeCsv([csvColumns as unknown as string[]]));
      let n = 0;
      for await (const row of exportCases(app, systemPrincipal(app, '命令行导出', opts.court), {
        format: opts.format === 'csv' ? 'csv' : 'jsonl',
        limit: opts.limit ? Number(opts.limit) : undefined,
      })) {
        out.write(typeof row === 'string' ? row : encodeCsv([row]));
        n += 1;
        if (n % 10_000 === 0) process.stderr.write(`\r已导出 ${n} 件`);
      }
      if (out !== process.stdout) await new Promise<void>((r) => (out as NodeJS.WritableStream).end(r));
      process.stderr.write(`\r已导出 ${n} 件\n`);
      await app.close();
    });
}
