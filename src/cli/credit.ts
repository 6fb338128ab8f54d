import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { creditStatistics, type CreditStatistics } from '../credit/credit-statistics.ts';

// `zhixing credit stats --court 粤07 --year 2026 [--quarter 4] [--format table|json]`: the credit
// statistics the 信用惩戒统计 page shows (ADR 0207), per quarter: the court, each lower court and the total.
// Exit 2 on bad input (no or an unknown court, a year or quarter out of range, an unknown format).

export const EXIT_BAD_INPUT = 2;

// Columns line up in a terminal: a Chinese character takes two cells.
const width = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
const pad = (s: string, n: number, right = false) =>
  right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s)));

function table(s: CreditStatistics): string {
  const out = [`${s.court.name}（${s.court.code}）信用惩戒统计，${s.year} 年`];
  const head = ['法院', '新增失信', '限制消费', '删除', '信用修复', '删除情形'];
  for (const p of s.periods) {
    const rows = p.rows.map((r) => [
      r.kind === 'total' ? '合计' : r.kind === 'own' ? `${r.courtName}（本院）` : r.courtName,
      String(r.newListings),
      String(r.restrictions),
      String(r.deletionsTotal),
      String(r.restorations),
      r.deletions
        .filter((d) => d.count > 0)
        .map((d) => `${d.groundName} ${d.count}`)
        .join('；'),
    ]);
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => pad(c, widths[i]!, i > 0 && i < 5))
        .join('  ')
        .trimEnd();
    out.push('', `第${p.quarter}季度（${p.from} 至 ${p.to}）`, line(head), ...rows.map(line));
  }
  return out.join('\n');
}

export function creditCommand(): Command {
  const credit = new Command('credit').description('信用惩戒（失信名单统计等）');
  credit
    .command('stats')
    .description('信用惩戒统计：按季度列出法院本院、每个下级法院（含辖区）和合计的新增失信、限制消费、删除、信用修复')
    .option('--court <code>', '法院代字，如 粤07（必填）')
    .option('--year <year>', '年度，如 2026（必填）')
    .option('--quarter <quarter>', '季度 1–4；不填为全年四个季度')
    .option('--format <format>', '输出格式：table 或 json', 'table')
    .action(async (opts: { court?: string; year?: string; quarter?: string; format: string }) => {
      const bad = (message: string) => {
        console.error(message);
        process.exitCode = EXIT_BAD_INPUT;
      };
      const code = opts.court?.trim();
      if (!code) return bad('请用 --court 指定法院代字，如 粤07');
      const year = Number(opts.year);
      if (!/^\d{4}$/.test(opts.year ?? '') || year < 2000 || year > 2100) return bad(`--year 须为 2000 至 2100 的年度：${opts.year ?? ''}`);
      const quarter = opts.quarter === undefined ? undefined : Number(opts.quarter);
      if (quarter !== undefined && ![1, 2, 3, 4].includes(quarter)) return bad(`--quarter 须为 1 至 4：${opts.quarter}`);
      if (opts.format !== 'table' && opts.format !== 'json') return bad(`--format 须为 table 或 json：${opts.format}`);
      const app = await openApp({ maintain: false });
      try {
        if (!app.courts.byCode(code)) return bad(`法院代字不存在：${code}`);
        const r = await creditStatistics(app, systemPrincipal(app, '命令行（信用惩戒统计）'), { court: code, year, quarter });
        if (!r.ok) return bad(r.detail ?? r.code);
        console.log(opts.format === 'json' ? JSON.stringify(r.value, null, 2) : table(r.value));
      } finally {
        await app.close();
      }
    });
  return credit;
}
