import { Command } from 'commander';
import { openApp } from '../platform/bootstrap.ts';
import { reconcileCourt, type Reconciliation } from '../funds/reconcile.ts';
import { parseLocalDate } from '../shared/dates.ts';

// `zhixing funds reconcile --court 粤0703 --as-of 2026-11-30 [--format table|json]`: 对账 of a
// court's account, the report the screen shows. Exit 0 when clean, 1 when there are differences,
// 2 on bad input (an unknown court, a date that is not YYYY-MM-DD, an unknown format).

export const EXIT_DIFFERENCES = 1;
export const EXIT_BAD_INPUT = 2;

const cell = (s: string | null | undefined) => s ?? '—';

function table(r: Reconciliation): string {
  const head = `${r.court.name}（${r.court.code}）对账，截至 ${r.asOf}`;
  const totals = `流水 ${r.statementLines} 笔，合计 ${r.statementTotal} 元；账务 ${r.ledgerMovements} 笔，合计 ${r.ledgerTotal} 元；差额 ${r.difference} 元；相符 ${r.matched} 笔`;
  if (r.clean) return `${head}\n${totals}\n无差异`;
  const rows = r.differences.map((d) =>
    [
      d.kindName,
      `流水 ${cell(d.statement?.bankReference)} ${cell(d.statement?.receivedOn)} ${cell(d.statement?.amount)}`,
      `账务 ${cell(d.ledger?.reference)} ${cell(d.ledger?.postedOn)} ${cell(d.ledger?.amount)}${d.ledger?.caseNumber ? ` ${d.ledger.caseNumber}` : ''}`,
      `差额 ${d.difference}`,
    ].join('  '),
  );
  return `${head}\n${rows.join('\n')}\n${totals}\n差异 ${r.differences.length} 笔`;
}

export function fundsCommand(): Command {
  const funds = new Command('funds').description('案款（对账等）');
  funds
    .command('reconcile')
    .description('对账：法院案款专户已导入的银行流水与账务逐笔核对；有差异时退出码为 1，输入有误时为 2')
    .option('--court <code>', '法院代字，如 粤0703（必填）')
    .option('--as-of <date>', '截止日期（YYYY-MM-DD，默认今天）')
    .option('--format <format>', '输出格式：table 或 json', 'table')
    .action(async (opts: { court?: string; asOf?: string; format: string }) => {
      const bad = (message: string) => {
        console.error(message);
        process.exitCode = EXIT_BAD_INPUT;
      };
      const code = opts.court?.trim();
      if (!code) return bad('请用 --court 指定法院代字，如 粤0703');
      if (opts.format !== 'table' && opts.format !== 'json') return bad(`--format 须为 table 或 json：${opts.format}`);
      const asOf = opts.asOf === undefined ? undefined : parseLocalDate(opts.asOf);
      if (asOf === null) return bad(`--as-of 须为 YYYY-MM-DD：${opts.asOf}`);
      const app = await openApp({ maintain: false });
      try {
        const court = app.courts.byCode(code);
        if (!court) return bad(`法院代字不存在：${code}`);
        const r = await reconcileCourt(app, court, asOf ?? app.clock.today());
        console.log(opts.format === 'json' ? JSON.stringify(r, null, 2) : table(r));
        process.exitCode = r.clean ? 0 : EXIT_DIFFERENCES;
      } finally {
        await app.close();
      }
    });
  return funds;
}
