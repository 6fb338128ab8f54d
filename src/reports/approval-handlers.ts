import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { ApprovalHandler } from '../approvals/handler.ts';
import type { ApprovalRecord } from '../approvals/approvals.types.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { approveSanction, lockSanction } from './reports.repo.ts';

// The 院长's approval of a fine or a detention (民事诉讼法(2023) 第119条: 拘传、罚款、拘留必须经院长
// 批准; ADR 0155). At the final approval the sanction takes effect: its day is the approval's, and
// the fact `case.sanction-imposed` that the later gates (终本, 失信) read is written only now.

const sanctionHandler: ApprovalHandler = {
  kind: 'case.sanction',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = r.caseId ? await lockCaseFacts(tx, r.caseId) : undefined;
    if (!c) return failure('approval-stale', '审批所涉案件不存在');
    if (c.status === 'closed') return failure('approval-stale', '案件已结案，罚款、拘留不再批准；可不同意或由提交人撤回');
    const id = typeof r.payload.sanctionId === 'string' ? r.payload.sanctionId : '';
    const s = await lockSanction(tx, id);
    if (!s || s.case_id !== c.id) throw new Error(`approval ${r.id}: no sanction ${id} on its case`);
    const approvedOn = ctx.clock.today();
    const done = await approveSanction(tx, s.id, approvedOn);
    await appendEvent(tx, actorOf(decider), ctx.clock.now(), {
      courtId: c.courtId,
      caseId: c.id,
      action: 'case.sanction-imposed',
      entityType: 'sanction',
      entityId: s.id,
      changes: {
        measure: done.measure,
        ground: done.ground,
        decidedOn: done.decided_on,
        approvedOn,
        orderId: done.order_id,
        reportId: done.report_id,
        subject: done.subject_name,
        subjectKind: done.subject_kind,
        amount: done.amount_fen === null ? null : formatYuan(BigInt(done.amount_fen)),
        days: done.days,
        startOn: done.start_on,
        endOn: done.end_on,
        detainee: done.detainee,
        approval: { approvalId: r.id, requestedBy: r.requestedByName, approvedBy: decider.displayName },
      },
    });
    return success({ sanctionId: s.id, approvedOn });
  },
};

export const reportApprovalHandlers: readonly ApprovalHandler[] = [sanctionHandler];
