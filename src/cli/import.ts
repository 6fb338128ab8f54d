import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { importFile } from '../cases/import-file.ts';
import { importCases } from '../cases/import-cases.ts';
import { readImportFile } from '../cases/read-import-file.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { countRows, progress } from './progress.ts';

export function importCommand(): Command {
  return new Command('import')
    .description('导入案件（JSON Lines 或 CSV）：逐行校验、按行报错、分批提交、按案号幂等')
    .argument('<file>', '文件路径（- 为标准输入）')
    .option('--format <format>', 'jsonl 或 csv（默认按扩展名）')
    .option('--batch <n>', '每批提交的行数', '5000')
    .option('--court <code>', '只允许导入该法院及其下级法院的案件', '最高法')
    .option('--dry-run', '只校验，不写入')
    .option('--progress-every <n>', '标准错误不是终端时，每处理多少行输出一行进度', '10000')
    .action(async (file: string, opts: { format?: string; batch: string; court: string; dryRun?: boolean; progressEvery: string }) => {
      const format = (opts.format ?? (file.endsWith('.csv') ? 'csv' : 'jsonl')) as 'jsonl' | 'csv';
      if (format !== 'jsonl' && format !== 'csv') throw new Error('--format 只能是 jsonl 或 csv');
      const app = await openApp();
      const started = performance.now();
      const who = systemPrincipal(app, '命令行导入', opts.court);
      // A file is read in a worker thread; standard input is read here.
      const run = (o: Parameters<typeof importFile>[4]) =>
        file === '-' ? importCases(app, who, readImportFile(file, format), o) : importFile(app, who, file, format, o);
      // The file's rows are counted first for the bar's total; standard input has none.
      const total = file === '-' ? undefined : await countRows(file, format).catch(() => undefined);
      const bar = progress({ label: opts.dryRun ? '校验' : '导入', total, unit: '行', every: Number(opts.progressEvery) });
      const note = (r: { imported: number; skipped: number; errors: unknown[] }) =>
        `${opts.dryRun ? '可导入' : '导入'} ${r.imported}，跳过 ${r.skipped}，错误 ${r.errors.length}`;
      const report = await run({
        batchSize: Number(opts.batch),
        dryRun: opts.dryRun ?? false,
        // Rows written (or refused) so far: the reading side runs a batch or two ahead.
        onProgress: (r) => bar.update(Math.min(r.read, r.imported + r.skipped + r.errors.length), note(r)),
      });
      bar.finish(report.read, note(report));
      for (const e of report.errors) console.log(`第 ${e.line} 行${e.caseNumber ? `（${e.caseNumber}）` : ''}：[${e.code}] ${e.message}`);
      const secs = (performance.now() - started) / 1000;
      console.log(
        `${opts.dryRun ? '校验' : '导入'}完成：读 ${report.read} 行，${opts.dryRun ? '可导入' : '导入'} ${report.imported} 件，已存在跳过 ${report.skipped} 件，错误 ${report.errors.length} 行，用时 ${secs.toFixed(1)} 秒`,
      );
      await app.close();
      process.exitCode = report.errors.length ? 2 : 0;
    });
}
