import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { isApplicantOf } from '../cases/party-cases.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { leadVerificationDueOn } from '../rules/asset-lead.ts';
import { assetKinds, normalizeIdentifier, type AssetKind } from '../shared/asset-kinds.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertLead, leadView } from './leads.repo.ts';
import type { LeadSource, LeadView } from './leads.types.ts';

export type LeadInput = {
  kind: string;
  identifier?: string | null | undefined;
  description: string;
  urgent?: boolean | undefined;
  /** The applicant asks, with this lead, that the 终本 case be resumed (民诉法解释 第517条). */
  requestResumption?: boolean | undefined;
};

const text = (v: string | null | undefined, max: number) => {
  const t = (v ?? '').trim();
  return t ? t.slice(0, max) : null;
};

/**
 * An asset lead (财产线索) on a case, from its applicant in the portal (`party`) or recorded by an
 * officer (`officer`). Received today; to be verified within 7 days, 3 if urgent (财产调查规定
 * 第2条): the `lead-verification` deadline of the lead opens with it.
 */
export async function submitLeadIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: LeadInput,
  source: LeadSource,
): Promise<Result<LeadView>> {
  if (!can(who, source === 'party' ? 'lead.submit' : 'measure.record')) return failure('forbidden');
  if (!(assetKinds as readonly string[]).includes(input.kind)) return failure('validation-failed', '财产类型不正确');
  const description = text(input.description, 1000);
  if (!description) return failure('validation-failed', '请填写线索内容');
  // A party may reach only their own case: any other reads as unknown, as the case routes answer.
  if (source === 'party' && !(await isApplicantOf(tx, caseId, who.partyIdentity))) return failure('case-not-found');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || (source === 'officer' && !inScope(who, c.courtId))) return failure('case-not-found');
  // A case closed as 终本 stays open to leads: a lead is how the applicant asks for its resumption.
  const dormant = c.status === 'closed' && c.closureMode === 'current-procedure-terminated';
  if (c.status === 'closed' && !dormant) return failure('lead-on-closed-case');
  if (input.requestResumption && !dormant) return failure('resumption-request-not-allowed', '只有终结本次执行程序的案件可以申请恢复执行');

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const urgent = input.urgent === true;
  const due = leadVerificationDueOn(today, urgent, ctx.calendar);
  if (!due.ok) return failure(due.code, due.detail);
  const identifier = text(input.identifier, 100);
  const row = {
    id: randomUUID(),
    court_id: c.courtId,
    case_id: c.id,
    kind: input.kind as AssetKind,
    identifier,
    identifier_key: identifier ? normalizeIdentifier(identifier) : null,
    description,
    urgent,
    submitted_on: today,
    verify_due_on: due.value,
    source,
    submitted_by: actor.id,
    submitted_by_name: actor.name,
    submitted_at: now,
    outcome: null,
    outcome_on: null,
    outcome_note: null,
    outcome_by: null,
    outcome_by_name: null,
    outcome_at: null,
  };
  await insertLead(tx, row);
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.asset-lead-submitted',
    entityType: 'asset-lead',
    entityId: row.id,
    changes: { kind: row.kind, identifier, urgent, source, submittedOn: today, verifyDueOn: due.value },
  });
  if (input.requestResumption)
    await appendEvent(tx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'case.resumption-requested',
      entityType: 'asset-lead',
      entityId: row.id,
      changes: { leadId: row.id, source, requestedOn: today, kind: row.kind, identifier },
    });
  await openDeadline(tx, ctx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    node: 'lead-verification',
    subject: row.id,
    startOn: today,
    dueOn: due.value,
  });
  return success(leadView(row));
}
