import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { reportOrderOf } from '../documents/report-orders.ts';
import { REPORT_LOOKBACK_YEARS } from '../rules/asset-report-order.ts';
import { assetKinds, normalizeIdentifier, type AssetKind } from '../shared/asset-kinds.ts';
import { addMonths, compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertReport, reportView } from './reports.repo.ts';
import { changeKinds, type AssetReportView, type ChangeKind } from './reports.types.ts';

export type ReportItemInput = {
  kind: string;
  identifier?: string | null | undefined;
  description: string;
  value?: string | null | undefined;
  change?: { kind: string; on: string; note?: string | null | undefined } | null | undefined;
};

export type ReportInput = {
  orderId: string;
  reportedOn: string;
  declaresNone?: boolean | undefined;
  note?: string | null | undefined;
  items: readonly ReportItemInput[];
};

const text = (v: string | null | undefined, max: number) => {
  const t = (v ?? '').trim();
  return t ? t.slice(0, max) : null;
};

type Item = {
  kind: AssetKind;
  identifier: string | null;
  identifier_key: string | null;
  description: string;
  value_fen: bigint | null;
  change_kind: ChangeKind | null;
  changed_on: LocalDate | null;
  change_note: string | null;
};

// One item: its kind from the one asset list, its value in fen, a change dated within the lookback.
function itemOf(i: ReportItemInput, from: LocalDate, to: LocalDate): Result<Item> {
  if (!(assetKinds as readonly string[]).includes(i.kind)) return failure('report-item-invalid', `财产类型不正确：${i.kind}`);
  const description = text(i.description, 500);
  if (!description) return failure('report-item-invalid', '请填写财产说明');
  const value = i.value === null || i.value === undefined || i.value === '' ? null : parseYuan(i.value);
  if (value === null && i.value) return failure('report-item-invalid', `价值不正确：${i.value}`);
  const identifier = text(i.identifier, 100);
  let change: Pick<Item, 'change_kind' | 'changed_on' | 'change_note'> = { change_kind: null, changed_on: null, change_note: null };
  if (i.change) {
    if (!(changeKinds as readonly string[]).includes(i.change.kind)) return failure('report-item-invalid', '财产变动种类不正确');
    const on = parseLocalDate(i.change.on);
    if (!on) return failure('invalid-date-value', '财产变动日期须为有效日期');
    if (compareDates(on, from) < 0 || compareDates(on, to) > 0)
      return failure('report-change-outside-lookback', `应在 ${from} 至 ${to} 之间`);
    change = { change_kind: i.change.kind as ChangeKind, changed_on: on, change_note: text(i.change.note, 500) };
  }
  return success({
    kind: i.kind as AssetKind,
    identifier,
    identifier_key: identifier ? normalizeIdentifier(identifier) : null,
    description,
    value_fen: value,
    ...change,
  });
}

/**
 * Records the debtor's report in answer to a 报告财产令 (财产调查规定 第5–6条): late when made after
 * the order's due date, complete when every item names its identifier and value (or the debtor
 * declares no property). The first report on the order meets its `asset-report` deadline.
 */
export async function recordReportIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: ReportInput,
): Promise<Result<AssetReportView>> {
  if (!can(who, 'measure.record')) return failure('forbidden');
  const reportedOn = parseLocalDate(input.reportedOn);
  if (!reportedOn) return failure('invalid-date-value', '报告日期须为有效日期');
  if (compareDates(reportedOn, ctx.clock.today()) > 0) return failure('date-in-future', '报告日期不能晚于今天');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('report-on-closed-case');
  const order = await reportOrderOf(tx, ctx.calendar, input.orderId);
  if (!order || order.caseId !== c.id) return failure('report-order-not-found');
  if (!order.servedOn || !order.reportDueOn) return failure('report-order-not-served');
  if (compareDates(reportedOn, order.servedOn) < 0) return failure('report-before-service', `报告财产令于 ${order.servedOn} 送达`);

  const declaresNone = input.declaresNone === true;
  if (declaresNone && input.items.length > 0) return failure('report-item-invalid', '声明没有财产时不能同时列出财产');
  if (!declaresNone && input.items.length === 0) return failure('report-empty');
  const lookbackFrom = addMonths(order.servedOn, -12 * REPORT_LOOKBACK_YEARS);
  const items: Item[] = [];
  for (const i of input.items) {
    const item = itemOf(i, lookbackFrom, reportedOn);
    if (!item.ok) return item;
    items.push(item.value);
  }

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const late = compareDates(reportedOn, order.reportDueOn) > 0;
  const complete = declaresNone || items.every((i) => i.identifier && i.value_fen !== null);
  const row = {
    id: randomUUID(),
    court_id: c.courtId,
    case_id: c.id,
    order_id: order.id,
    debtor_name: order.debtor.name,
    debtor_kind: order.debtor.kind,
    reported_on: reportedOn,
    report_due_on: order.reportDueOn,
    late,
    complete,
    declares_none: declaresNone,
    note: text(input.note, 1000),
    recorded_at: now,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  };
  const rows = items.map((i, position) => ({ ...i, id: randomUUID(), report_id: row.id, court_id: c.courtId, case_id: c.id, position }));
  await insertReport(tx, row, rows);
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.asset-report-recorded',
    entityType: 'asset-report',
    entityId: row.id,
    changes: {
      orderId: order.id,
      debtor: order.debtor.name,
      reportedOn,
      reportDueOn: order.reportDueOn,
      late,
      complete,
      declaresNone,
      items: rows.length,
    },
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: 'asset-report', subject: order.id, metOn: reportedOn });
  return success(reportView(row, rows, undefined));
}
