import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { writeXlsx, type Cell, type Column } from '../shared/xlsx.ts';
import { countPoolRows, listPoolRows } from './pool-list.repo.ts';
import { itemOf, monthsBetween, poolFilterOf, type PoolFilters, type PoolItem } from './read-pool.ts';
import type { LocalDate } from '../shared/dates.ts';

// The 终本案件库 as an Excel workbook (ADR 0216): every row the filters match, not one page, or only
// the rows selected; in the pool's order. Names only, no identity numbers. The export is an audit
// event of the user's court: who, which filters, how many.

export const MAX_POOL_EXPORT_ROWS = 50_000;

const columns: readonly Column[] = [
  { title: '案号', width: 26 },
  { title: '法院', width: 24 },
  { title: '终本日期', width: 12 },
  { title: '入库日期', width: 12 },
  { title: '未履行金额(元)', width: 16 },
  { title: '被执行人', width: 30 },
  { title: '在库时长', width: 12 },
  { title: '措施', width: 24 },
  { title: '已查次数', width: 10 },
  { title: '上次查询', width: 12 },
  { title: '下次应查', width: 12 },
  { title: '状态', width: 8 },
];

const duration = (months: number) => (months >= 12 ? `${Math.floor(months / 12)}年${months % 12}个月` : `${months}个月`);
const measures = (d: PoolItem) =>
  [
    d.seizuresInForce > 0 ? `查封冻结 ${d.seizuresInForce}` : '',
    d.restrictionsInForce > 0 ? `限制消费 ${d.restrictionsInForce}` : '',
    d.listingsInForce > 0 ? `失信 ${d.listingsInForce}` : '',
  ]
    .filter(Boolean)
    .join('、');

/** One pool row as the workbook's cells; 在库时长 counts whole months from 入库 to today. */
export function poolCells(d: PoolItem, courtName: string, today: LocalDate): Cell[] {
  return [
    d.caseNumber,
    courtName,
    d.closedOn,
    d.enteredOn,
    Number(d.outstanding),
    d.debtors.map((p) => (p.kind === 'organization' ? `${p.name}（单位）` : p.name)).join('、'),
    duration(monthsBetween(d.enteredOn as LocalDate, today)),
    measures(d),
    d.researchCycle,
    d.lastSearchOn ?? '',
    d.nextSearchDue ?? '五年届满',
    d.status === 'in-pool' ? '在库' : '已出库',
  ];
}

export type PoolExportFilters = Omit<PoolFilters, 'page' | 'limit'> & { caseIds?: string | undefined };

export async function exportDormantCases(
  ctx: AppContext,
  who: Principal,
  f: PoolExportFilters,
  cap = MAX_POOL_EXPORT_ROWS, // a test's smaller cap stands in for 50,000 rows
): Promise<Result<{ fileName: string; bytes: Uint8Array; rows: number }>> {
  const filter = poolFilterOf(ctx, who, f);
  if (!filter.ok) return filter;
  const caseIds = f.caseIds ? [...new Set(f.caseIds.toLowerCase().split(','))] : undefined;
  const query = { ...filter.value, caseIds };
  const total = await countPoolRows(ctx.db, query);
  if (total > cap) return failure('export-too-large', `符合条件的终本案件有 ${total} 件，多于 ${cap} 件，请缩小筛选范围后再导出`);
  const today = ctx.clock.today();
  const rows = total === 0 ? [] : await listPoolRows(ctx.db, { ...query, offset: 0, limit: cap });
  const data = rows.map((r) => poolCells(itemOf(ctx, r, today), ctx.courts.byId(r.court_id)?.name ?? '', today));
  const bytes = writeXlsx('终本案件库', columns, data);
  const filters = Object.fromEntries(Object.entries(f).filter(([k, v]) => v !== undefined && v !== '' && k !== 'caseIds'));
  await transact(ctx, async (tx) => {
    await appendEvent(tx, actorOf(who), ctx.clock.now(), {
      courtId: who.courtId,
      caseId: null,
      action: 'dormant.pool-exported',
      entityType: 'user',
      entityId: who.userId || 'system',
      changes: { filters, selected: caseIds?.length ?? null, rows: rows.length, format: 'xlsx' },
    });
    return success(null);
  });
  return success({ fileName: `终本案件库-${today}.xlsx`, bytes, rows: rows.length });
}
