import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { reportOrderOf, type ReportOrder } from '../documents/report-orders.ts';
import { checkDetention, checkFine } from '../rules/asset-report-order.ts';
import { addDays, compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import { falseReportOf, insertSanction, reportsOfOrder, sanctionView } from './reports.repo.ts';
import {
  sanctionGroundNames,
  sanctionGrounds,
  sanctionMeasures,
  type SanctionGround,
  type SanctionMeasure,
  type SanctionView,
} from './reports.types.ts';

export type SanctionInput = {
  orderId: string;
  measure: string;
  ground: string;
  decidedOn: string;
  amount?: string | null | undefined;
  days?: number | null | undefined;
  startOn?: string | null | undefined;
  detainee?: string | null | undefined;
  note?: string | null | undefined;
};

type Measure = {
  amountFen: bigint | null;
  days: number | null;
  startOn: LocalDate | null;
  endOn: LocalDate | null;
  detainee: string | null;
};

// 罚款 within the limits for the debtor's kind; 拘留 of 1–15 days from its start (an
// organisation's: of its 主要负责人或者直接责任人员, named).
function measureOf(input: SanctionInput, measure: SanctionMeasure, order: ReportOrder, decidedOn: LocalDate): Result<Measure> {
  if (measure === 'fine') {
    const amount = input.amount ? parseYuan(input.amount) : null;
    if (amount === null) return failure('fine-amount-required');
    const checked = checkFine(order.debtor.kind, amount);
    if (!checked.ok) return failure(checked.code, checked.detail);
    return success({ amountFen: amount, days: null, startOn: null, endOn: null, detainee: null });
  }
  const startOn = parseLocalDate(input.startOn);
  if (input.days === null || input.days === undefined || !startOn) return failure('detention-start-required');
  const checked = checkDetention(input.days);
  if (!checked.ok) return failure(checked.code, checked.detail);
  if (compareDates(startOn, decidedOn) < 0) return failure('detention-before-decision');
  const detainee = (input.detainee ?? '').trim().slice(0, 100) || (order.debtor.kind === 'person' ? order.debtor.name : null);
  if (!detainee) return failure('detainee-required');
  return success({ amountFen: null, days: input.days, startOn, endOn: addDays(startOn, input.days - 1), detainee });
}

// The ground must be a fact of the case: a late report, no report by the due date, a report found false.
async function groundReport(tx: Tx, order: ReportOrder, ground: SanctionGround, decidedOn: LocalDate): Promise<Result<string | null>> {
  const reports = await reportsOfOrder(tx, order.id);
  const no = failure('sanction-ground-not-established');
  if (ground === 'late-report') return reports.find((r) => r.late)?.id ? success(reports.find((r) => r.late)!.id) : no;
  if (ground === 'false-report') {
    const id = await falseReportOf(tx, order.id);
    return id ? success(id) : no;
  }
  const overdue = order.reportDueOn !== null && compareDates(decidedOn, order.reportDueOn) > 0;
  return overdue && reports.length === 0 ? success(null) : no;
}

/**
 * A fine or a detention for a late, refused or false report (民诉法 第118条, 财产调查规定 第9–10条),
 * with its decision date and ground: a request to the 院长 (民事诉讼法(2023) 第119条, ADR 0155),
 * recorded as `case.sanction-requested`; the fact `case.sanction-imposed` that the later gates
 * (终本, 失信) read is written when the 院长 approves (approval-handlers.ts). Refused, with
 * nothing written, outside the legal limits.
 */
export async function imposeSanctionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: SanctionInput,
): Promise<Result<SanctionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  if (!(sanctionMeasures as readonly string[]).includes(input.measure)) return failure('unknown-sanction-measure');
  if (!(sanctionGrounds as readonly string[]).includes(input.ground)) return failure('unknown-sanction-ground');
  const measure = input.measure as SanctionMeasure;
  const ground = input.ground as SanctionGround;
  const decidedOn = parseLocalDate(input.decidedOn);
  if (!decidedOn) return failure('invalid-date-value', '决定日期须为有效日期');
  if (compareDates(decidedOn, ctx.clock.today()) > 0) return failure('date-in-future', '决定日期不能晚于今天');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('sanction-on-closed-case');
  const order = await reportOrderOf(tx, ctx.calendar, input.orderId);
  if (!order || order.caseId !== c.id) return failure('report-order-not-found');
  const m = measureOf(input, measure, order, decidedOn);
  if (!m.ok) return m;
  const reportId = await groundReport(tx, order, ground, decidedOn);
  if (!reportId.ok) return reportId;

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const row = {
    id: randomUUID(),
    court_id: c.courtId,
    case_id: c.id,
    order_id: order.id,
    report_id: reportId.value,
    measure,
    ground,
    subject_name: order.debtor.name,
    subject_kind: order.debtor.kind,
    detainee: m.value.detainee,
    amount_fen: m.value.amountFen,
    days: m.value.days,
    start_on: m.value.startOn,
    end_on: m.value.endOn,
    decided_on: decidedOn,
    note: (input.note ?? '').trim().slice(0, 1000) || null,
    recorded_at: now,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
    approval_id: null,
    approved_on: null,
  };
  const policy = approvalPolicyOf('case.sanction');
  if (!policy) throw new Error('a sanction needs the policy case.sanction (民事诉讼法 第119条)');
  const what = measure === 'fine' ? `罚款 ${formatYuan(m.value.amountFen!)} 元` : `拘留 ${m.value.days} 日`;
  const filed = await requestApprovalIn(tx, ctx, who, {
    courtId: c.courtId,
    caseId: c.id,
    kind: 'case.sanction',
    payload: { sanctionId: row.id },
    summary: `对${m.value.detainee ?? order.debtor.name}${what}（${sanctionGroundNames[ground]}）`,
    reason: row.note,
    steps: policy.steps,
  });
  if (!filed.ok) return filed;
  const filedRow = { ...row, approval_id: filed.value.id };
  await insertSanction(tx, filedRow);
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.sanction-requested',
    entityType: 'sanction',
    entityId: row.id,
    changes: {
      approvalId: filed.value.id,
      measure,
      ground,
      decidedOn,
      orderId: order.id,
      reportId: row.report_id,
      subject: row.subject_name,
      subjectKind: row.subject_kind,
      amount: row.amount_fen === null ? null : formatYuan(row.amount_fen),
      days: row.days,
      startOn: row.start_on,
      endOn: row.end_on,
      detainee: row.detainee,
    },
  });
  return success(sanctionView(filedRow, 'pending'));
}
