import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import type { CourtRow } from '../courts/court-directory.ts';
import { parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { writeXlsx, type Cell, type Column } from '../shared/xlsx.ts';
import { compareStatement, differenceKindNames, type DifferenceKind } from './reconcile-match.ts';
import { ledgerMovementsUpTo, statementLinesUpTo } from './reconcile.repo.ts';

// 对账 (issue 11 item 6, ADR 0173): the court account's imported statement against the ledger up to
// a date, every difference with both sides. Read-only; the CLI, the API and the XLSX share it.

export type ReconciliationDifference = {
  kind: DifferenceKind;
  kindName: string;
  statement: { bankReference: string; receivedOn: LocalDate; amount: string; payerName: string } | null;
  ledger: {
    transactionId: string;
    reference: string | null;
    postedOn: LocalDate;
    amount: string;
    caseNumber: string | null;
    memo: string;
  } | null;
  difference: string;
};

export type Reconciliation = {
  court: { id: number; code: string; name: string };
  asOf: LocalDate;
  clean: boolean;
  matched: number;
  statementLines: number;
  ledgerMovements: number;
  statementTotal: string;
  ledgerTotal: string;
  difference: string;
  differences: ReconciliationDifference[];
};

/** The comparison for one court, without a caller: the CLI (an operator on the server) and the API below. */
export async function reconcileCourt(ctx: AppContext, court: CourtRow, asOf: LocalDate): Promise<Reconciliation> {
  const lines = await statementLinesUpTo(ctx.db, court.id, asOf);
  const movements = await ledgerMovementsUpTo(ctx.db, court.id, asOf);
  const c = compareStatement(lines, movements);
  return {
    court: { id: court.id, code: court.code, name: court.name },
    asOf,
    clean: c.differences.length === 0,
    matched: c.matched,
    statementLines: lines.length,
    ledgerMovements: movements.length,
    statementTotal: formatYuan(c.statementTotal),
    ledgerTotal: formatYuan(c.ledgerTotal),
    difference: formatYuan(c.difference),
    differences: c.differences.map((d) => ({
      kind: d.kind,
      kindName: differenceKindNames[d.kind],
      statement: d.statement && {
        bankReference: d.statement.bankReference,
        receivedOn: d.statement.receivedOn,
        amount: formatYuan(d.statement.amount),
        payerName: d.statement.payerName,
      },
      ledger: d.ledger && {
        transactionId: d.ledger.transactionId,
        reference: d.ledger.reference,
        postedOn: d.ledger.postedOn,
        amount: formatYuan(d.ledger.amount),
        caseNumber: d.ledger.caseNumber,
        memo: d.ledger.memo,
      },
      difference: formatYuan(d.difference),
    })),
  };
}

export type ReconciliationQuery = { court?: string | undefined; asOf?: string | undefined };

/** GET /funds/reconciliation: finance and the bureau head, for a court in their scope (their own by default). */
export async function getReconciliation(ctx: AppContext, who: Principal, q: ReconciliationQuery): Promise<Result<Reconciliation>> {
  if (!can(who, 'funds.reconcile')) return failure('forbidden');
  const court = q.court === undefined ? ctx.courts.byId(who.courtId) : ctx.courts.byCode(q.court);
  if (!court) return failure('unknown-court', `法院代字不存在：${q.court ?? ''}`);
  if (!inScope(who, court.id)) return failure('forbidden', '只能查看本院（或辖区法院）的对账');
  const asOf = q.asOf === undefined ? ctx.clock.today() : parseLocalDate(q.asOf);
  if (!asOf) return failure('validation-failed', '对账截止日期须为 YYYY-MM-DD');
  return success(await reconcileCourt(ctx, court, asOf));
}

const columns: Column[] = [
  { title: '差异类型', width: 16 },
  { title: '流水号', width: 20 },
  { title: '到账日期', width: 12 },
  { title: '付款人', width: 24 },
  { title: '流水金额（元）', width: 16 },
  { title: '账务凭证号', width: 38 },
  { title: '账务参考号', width: 20 },
  { title: '记账日期', width: 12 },
  { title: '案号', width: 24 },
  { title: '账务金额（元）', width: 16 },
  { title: '差额（元）', width: 14 },
];

const yuan = (s: string | undefined): Cell => (s === undefined ? null : Number(s));

/** The same report as an XLSX workbook: one row a difference, then the totals. */
export function reconciliationWorkbook(r: Reconciliation): { fileName: string; bytes: Uint8Array } {
  const rows: Cell[][] = r.differences.map((d) => [
    d.kindName,
    d.statement?.bankReference ?? null,
    d.statement?.receivedOn ?? null,
    d.statement?.payerName ?? null,
    yuan(d.statement?.amount),
    d.ledger?.transactionId ?? null,
    d.ledger?.reference ?? null,
    d.ledger?.postedOn ?? null,
    d.ledger?.caseNumber ?? null,
    yuan(d.ledger?.amount),
    yuan(d.difference),
  ]);
  const total = (label: string, statement: string | null, ledger: string | null, diff: string | null): Cell[] => [
    label,
    null,
    null,
    null,
    statement === null ? null : Number(statement),
    null,
    null,
    null,
    null,
    ledger === null ? null : Number(ledger),
    diff === null ? null : Number(diff),
  ];
  rows.push(total(`合计（${r.court.name}，截至 ${r.asOf}）`, r.statementTotal, r.ledgerTotal, r.difference));
  return { fileName: `对账-${r.court.code}-${r.asOf}.xlsx`, bytes: writeXlsx('对账', columns, rows) };
}
