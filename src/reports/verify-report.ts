import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findReport, insertVerification, lockReport, verificationOf, verificationView } from './reports.repo.ts';
import { verificationOutcomes, type VerificationOutcome, type VerificationView } from './reports.types.ts';

export type VerificationInput = { verifiedOn: string; outcome: string; note?: string | null | undefined };

/**
 * The court's verification of a report (财产调查规定 第8条: the court verifies what is reported):
 * consistent, incomplete or false, once per report, by the signed-in officer. A false report is
 * the ground for a 虚假报告 sanction (impose-sanction.ts) and, later, for listing as dishonest.
 */
export const verifyReport = (
  ctx: AppContext,
  who: Principal,
  reportId: string,
  input: VerificationInput,
): Promise<Result<VerificationView>> =>
  transact(ctx, async (tx) => {
    if (!can(who, 'measure.record')) return failure('forbidden');
    const verifiedOn = parseLocalDate(input.verifiedOn);
    if (!verifiedOn) return failure('invalid-date-value', '核查日期须为有效日期');
    if (compareDates(verifiedOn, ctx.clock.today()) > 0) return failure('date-in-future', '核查日期不能晚于今天');
    if (!(verificationOutcomes as readonly string[]).includes(input.outcome)) return failure('validation-failed', '核查结论不正确');
    const outcome = input.outcome as VerificationOutcome;
    const note = (input.note ?? '').trim().slice(0, 1000) || null;
    if (outcome !== 'consistent' && !note) return failure('verification-note-required');
    const found = await findReport(tx, reportId);
    if (!found || !inScope(who, found.court_id)) return failure('asset-report-not-found');
    await lockCaseRow(tx, found.case_id); // the case first (ADR 0002)
    const report = (await lockReport(tx, reportId))!;
    if (await verificationOf(tx, report.id)) return failure('report-already-verified');
    if (compareDates(verifiedOn, report.reported_on as LocalDate) < 0) return failure('verification-before-report');

    const actor = actorOf(who);
    const now = ctx.clock.now();
    const row = {
      id: randomUUID(),
      report_id: report.id,
      court_id: report.court_id,
      case_id: report.case_id,
      verified_on: verifiedOn,
      outcome,
      note,
      verified_by: actor.id,
      verified_by_name: actor.name,
      recorded_at: now,
    };
    await insertVerification(tx, row);
    await appendEvent(tx, actor, now, {
      courtId: report.court_id,
      caseId: report.case_id,
      action: 'case.asset-report-verified',
      entityType: 'asset-report',
      entityId: report.id,
      changes: { orderId: report.order_id, debtor: report.debtor_name, verifiedOn, outcome, note },
    });
    return success(verificationView(row));
  });
