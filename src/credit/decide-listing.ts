import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { BAR_CODES, DEFAULT_GRACE_MONTHS } from '../rules/dishonest-listing.ts';
import { listingBarsOf } from './listing-eligibility.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import { compareDates, localDate, parseLocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertListing, lastDeletionOnRequest, listingFacts, listingView, liveListingOf } from './credit.repo.ts';
import { relistingBarredUntil } from '../rules/listing-deletion.ts';
import { relistingBarMonths } from './credit-settings.ts';
import { listingGroundNames, type ListingView } from './credit.types.ts';

export type ListingInput = {
  debtorPartyId: string;
  ground: number;
  decidedOn: string;
  graceMonths?: number | undefined;
  extensionYears?: number | undefined;
  evidence?: string | null | undefined;
};

/**
 * The decision to list a debtor of the case (失信名单规定(2017) 第1–4条) through the rules library:
 * the ground must be a fact of the case (ground 1: money still unpaid; ground 4: a breach of the
 * reporting duty on record; grounds 2, 3, 5, 6: the officer's written evidence), the bars (a
 * minor; under ground 1, property seized that covers the debt) refuse it with their code and
 * nothing written. It is a request to the 院长 (ADR 0190): the row is `pending` and the event
 * `credit.listing-requested`; the 院长's approval decides it (approval-handlers.ts).
 */
export async function decideListingIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: ListingInput,
): Promise<Result<ListingView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const decidedOn = parseLocalDate(input.decidedOn);
  if (!decidedOn) return failure('invalid-date-value', '决定日期须为有效日期');
  if (compareDates(decidedOn, ctx.clock.today()) > 0) return failure('date-in-future', '决定日期不能晚于今天');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('listing-on-closed-case');
  const debtor = c.debtors.find((p) => p.id === input.debtorPartyId);
  if (!debtor?.id) return failure('debtor-party-not-found');
  const facts = await listingFacts(tx, c.id, decidedOn);
  const graceMonths = input.graceMonths ?? DEFAULT_GRACE_MONTHS;
  const scheduled = listingBarsOf(debtor, facts, input.ground, decidedOn, graceMonths, input.extensionYears ?? 0);
  if (!scheduled.ok) return failure(scheduled.code, scheduled.detail);
  const s = scheduled.value;
  if (!s.allowed) return failure(BAR_CODES[s.reasons[0]!]);
  const evidence = evidenceOf(input, facts);
  if (!evidence.ok) return evidence;
  if (await liveListingOf(tx, debtor.id)) return failure('already-listed');
  const lastDeleted = await lastDeletionOnRequest(tx, debtor.id);
  const bar = lastDeleted ? relistingBarredUntil(localDate(lastDeleted), decidedOn, relistingBarMonths()) : undefined;
  if (bar?.ok && bar.value) return failure('relisting-barred', `${lastDeleted} 依申请执行人申请删除，${bar.value} 起方可再次纳入`);

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const row = {
    id: randomUUID(),
    court_id: c.courtId,
    case_id: c.id,
    debtor_party_id: debtor.id,
    debtor_name: debtor.name,
    debtor_kind: debtor.kind,
    ground: input.ground,
    evidence: evidence.value,
    decided_on: decidedOn,
    grace_months: input.graceMonths ?? DEFAULT_GRACE_MONTHS,
    publish_on: s.publishOn,
    term_years: s.termYears,
    ends_on: s.endsOn,
    status: 'pending' as const,
    approval_id: null as string | null,
    approved_on: null,
    published_on: null,
    ended_on: null,
    end_ground: null,
    end_reason: null,
    ended_by_name: null,
    deletion_due_on: null,
    corrected_id_number: null,
    corrected_credit_code: null,
    corrected_obligation: null,
    recorded_at: now,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  };
  const policy = approvalPolicyOf('credit.dishonest-listing');
  if (!policy) throw new Error('a dishonest listing needs the policy credit.dishonest-listing');
  const filed = await requestApprovalIn(tx, ctx, who, {
    courtId: c.courtId,
    caseId: c.id,
    kind: 'credit.dishonest-listing',
    payload: { listingId: row.id },
    summary: `将${debtor.name}纳入失信被执行人名单（第${input.ground}项：${listingGroundNames[input.ground]}）`,
    reason: row.evidence,
    steps: policy.steps,
  });
  if (!filed.ok) return filed;
  row.approval_id = filed.value.id;
  await insertListing(tx, row);
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'credit.listing-requested',
    entityType: 'dishonest-listing',
    entityId: row.id,
    changes: listingChanges(row),
  });
  return success(listingView(row));
}

function evidenceOf(input: ListingInput, facts: { unpaid: bigint; reportBreach: string | null }): Result<string> {
  const written = (input.evidence ?? '').trim().slice(0, 2000);
  if (input.ground === 1)
    return facts.unpaid > 0n ? success(written || '生效法律文书确定的金钱债务尚未履行完毕') : failure('ground-not-established');
  if (input.ground === 4)
    return facts.reportBreach ? success(written || `案件记录：${facts.reportBreach}`) : failure('ground-not-established');
  return written ? success(written) : failure('ground-evidence-required');
}

export const listingChanges = (r: {
  debtor_party_id: string;
  debtor_name: string;
  debtor_kind: string;
  ground: number;
  decided_on: string;
  grace_months: number;
  publish_on: string;
  term_years: number | null;
  ends_on: string | null;
  approval_id: string | null;
  evidence: string;
}): Record<string, unknown> => ({
  debtorPartyId: r.debtor_party_id,
  debtor: r.debtor_name,
  debtorKind: r.debtor_kind,
  ground: r.ground,
  evidence: r.evidence,
  decidedOn: r.decided_on,
  graceMonths: r.grace_months,
  publishOn: r.publish_on,
  termYears: r.term_years,
  endsOn: r.ends_on,
  approvalId: r.approval_id,
});
