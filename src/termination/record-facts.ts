import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  interviewMethodNames,
  interviewMethods,
  type ApplicantInterviewView,
  type InterviewMethod,
  type WhereaboutsView,
} from './termination.types.ts';

// The two facts the 终本 gate needs that no other context records: the interview of the applicant
// (约谈, P6 第5条) and a debtor's whereabouts (下落不明 and the search for them, P6 第1条第5项).
// Each is an audit event on the case and nothing else: the gate reads the events (ADR 0212).

export type InterviewInput = {
  interviewedOn: string;
  method: string;
  applicantPartyId: string;
  applicantView: string;
  agreesToTermination: boolean;
};

export type WhereaboutsInput = { debtorPartyId: string; recordedOn: string; missing: boolean; searched: boolean; measures: string };

const text = (v: string | null | undefined, max: number) => (v ?? '').trim().slice(0, max);

function pastDay(ctx: AppContext, v: string, what: string): Result<LocalDate> {
  const d = parseLocalDate(v);
  if (!d) return failure('invalid-date-value', `${what}须为有效日期`);
  if (compareDates(d, ctx.clock.today()) > 0) return failure('date-in-future', `${what}不能晚于今天`);
  return success(d);
}

/** 约谈申请执行人: when, how, whom, what the applicant said and whether they agree to 终本. */
export async function recordInterviewIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: InterviewInput,
): Promise<Result<ApplicantInterviewView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const on = pastDay(ctx, input.interviewedOn, '约谈日期');
  if (!on.ok) return on;
  if (!(interviewMethods as readonly string[]).includes(input.method)) return failure('validation-failed', '约谈方式不正确');
  const method = input.method as InterviewMethod;
  const applicantView = text(input.applicantView, 2000);
  if (!applicantView) return failure('validation-failed', '请记录申请执行人的意见');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('termination-fact-on-closed-case');
  const applicant = c.applicants.find((p) => p.id === input.applicantPartyId);
  if (!applicant?.id) return failure('applicant-party-not-found');
  if (compareDates(on.value, c.filedOn) < 0) return failure('date-order-invalid', '约谈日期不能早于立案日期');
  const view: ApplicantInterviewView = {
    id: randomUUID(),
    caseId: c.id,
    interviewedOn: on.value,
    method,
    methodName: interviewMethodNames[method],
    applicantPartyId: applicant.id,
    applicant: applicant.name,
    applicantView,
    agreesToTermination: input.agreesToTermination,
  };
  const { id, caseId: _case, ...changes } = view;
  await appendEvent(tx, actorOf(who), ctx.clock.now(), {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.applicant-interviewed',
    entityType: 'applicant-interview',
    entityId: id,
    changes,
  });
  return success(view);
}

/** 被执行人下落不明 / 查找: whether the debtor is missing and whether (and how) they were searched for. The latest counts. */
export async function recordWhereaboutsIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: WhereaboutsInput,
): Promise<Result<WhereaboutsView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const on = pastDay(ctx, input.recordedOn, '登记日期');
  if (!on.ok) return on;
  const measures = text(input.measures, 2000);
  if (input.searched && !measures) return failure('validation-failed', '已查找的，须写明查找措施');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('termination-fact-on-closed-case');
  const debtor = c.debtors.find((p) => p.id === input.debtorPartyId);
  if (!debtor?.id) return failure('debtor-whereabouts-party-not-found');
  const view: WhereaboutsView = {
    id: randomUUID(),
    caseId: c.id,
    debtorPartyId: debtor.id,
    debtor: debtor.name,
    recordedOn: on.value,
    missing: input.missing,
    searched: input.searched,
    measures,
  };
  const { id, caseId: _case, ...changes } = view;
  await appendEvent(tx, actorOf(who), ctx.clock.now(), {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.debtor-whereabouts-recorded',
    entityType: 'debtor-whereabouts',
    entityId: id,
    changes,
  });
  return success(view);
}
