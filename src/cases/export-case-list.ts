import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { writeXlsx, type Column } from '../shared/xlsx.ts';
import { closureModeNames, statusNames, type ClosureMode } from './cases.types.ts';
import { termStateNames } from '../shared/vocabulary.ts';
import { listCaseRows, listDeadlineMarks } from './case-list.repo.ts';
import { parseFilters, termMark, type CaseFilters } from './list-cases.ts';

// The filtered case list as an Excel workbook, in the list's order: what the clerk sees, for a
// report or a meeting. Names only, no identity numbers (those go through `zhixing export` with
// case.export). The export itself is an audit event of the user's court: who, which filters, how many.

export const MAX_EXPORT_ROWS = 10_000;

const columns: Column[] = [
  { title: '案号', width: 26 },
  { title: '执行法院', width: 24 },
  { title: '申请执行人', width: 28 },
  { title: '被执行人', width: 28 },
  { title: '立案日期', width: 12 },
  { title: '申请执行标的（元）', width: 18 },
  { title: '案件状态', width: 10 },
  { title: '结案方式', width: 16 },
  { title: '承办人', width: 14 },
  { title: '执行期限届满日', width: 14 },
  { title: '执行期限状态', width: 12 },
];

export type ListWorkbook = { fileName: string; bytes: Uint8Array; rows: number };

export async function exportCaseList(ctx: AppContext, who: Principal, f: CaseFilters): Promise<Result<ListWorkbook>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const parsed = parseFilters(ctx, who, f);
  if (!parsed.ok) return parsed;
  const rows = parsed.value.empty
    ? []
    : await listCaseRows(ctx.db, { ...parsed.value.query, after: null, offset: 0, limit: MAX_EXPORT_ROWS + 1 });
  if (rows.length > MAX_EXPORT_ROWS) return failure('export-too-large', `符合条件的案件多于 ${MAX_EXPORT_ROWS} 件，请缩小筛选范围后再导出`);
  const today = ctx.clock.today();
  const marks = new Map<string, Parameters<typeof termMark>[0]>();
  for (let i = 0; i < rows.length; i += 1000)
    for (const m of await listDeadlineMarks(
      ctx.db,
      rows.slice(i, i + 1000).map((r) => r.id),
    ))
      marks.set(m.case_id, m);
  const data = rows.map((r) => {
    const term = termMark(marks.get(r.id), today);
    return [
      r.case_number,
      ctx.courts.byId(r.court_id)?.name ?? '',
      r.applicant_names,
      r.debtor_names,
      r.filed_on,
      Number(r.claim_amount) / 100,
      statusNames[r.status],
      r.closure_mode ? closureModeNames[r.closure_mode as ClosureMode] : '',
      r.officer_name ?? '',
      term?.dueOn ?? '',
      term ? termStateNames[term.state] : '',
    ];
  });
  const bytes = writeXlsx('案件列表', columns, data);
  const filters = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
  await transact(ctx, async (tx) => {
    await appendEvent(tx, actorOf(who), ctx.clock.now(), {
      courtId: who.courtId,
      caseId: null,
      action: 'case.list-exported',
      entityType: 'user',
      entityId: who.userId || 'system',
      changes: { filters, rows: rows.length, format: 'xlsx' },
    });
    return success(null);
  });
  return success({ fileName: `案件列表-${today}.xlsx`, bytes, rows: rows.length });
}
