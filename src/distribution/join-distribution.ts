import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { caseFactsOf, type CaseFacts } from '../cases/instrument-facts.ts';
import { partyIdentityOf } from '../cases/cases.types.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { claimsOf, insertClaim } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';
import type { DistributionRecord } from './distribution.types.ts';

export type JoinInput = {
  caseId?: string | null | undefined; // the creditor's enforcement case (执行依据), this court's or another's
  partyId?: string | null | undefined; // which applicant of that case; the first one when left out
  creditorName?: string | null | undefined; // a priority creditor without an enforcement case
  amount: string;
  priority?: boolean | number | null | undefined; // true, or the rank (1 first)
  priorityBasis?: string | null | undefined; // 抵押权, 质权, 建设工程价款优先受偿权 …
  seizureRank?: number | null | undefined; // order of the creditor's seizure (首封 = 1), enterprise debtors
};

type Creditor = { name: string; sourceCaseId: string | null; partyId: string | null; titleNumber: string | null };

/**
 * POST /distributions/{id}/claims: a creditor applies to join (申请参与分配). An ordinary creditor
 * needs its own 执行依据 against the same debtor (民诉法解释 第506条第1款) — here an enforcement
 * case; a creditor with a priority right in the property may join without one (第506条第2款).
 * Joining is open after execution starts and before execution against the property ends (第507条):
 * here, until the plan is drawn up.
 */
export async function joinDistributionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  body: JoinInput,
): Promise<Result<{ id: string }>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const d = await lockedDistribution(tx, who, id);
  if (!d) return failure('distribution-not-found');
  if (d.status !== 'open') return failure('distribution-joining-closed');
  const amount = parseYuan(body.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '债权金额须为正数，最多两位小数');
  const priority = body.priority === true ? 1 : typeof body.priority === 'number' ? body.priority : null;
  const creditor = await creditorOf(tx, d, body, priority !== null);
  if (!creditor.ok) return creditor;
  const seizureRank = body.seizureRank ?? null;
  if (d.debtorKind === 'enterprise' && priority === null && seizureRank === null) return failure('distribution-seizure-rank-missing');
  const claims = await claimsOf(tx, id);
  const c = creditor.value;
  if (claims.some((x) => (c.partyId !== null && x.partyId === c.partyId) || x.creditorName === c.name)) {
    return failure('distribution-creditor-repeated', `${c.name}已申请参与本次分配`);
  }
  const claimId = randomUUID();
  const today = ctx.clock.today();
  await insertClaim(tx, {
    id: claimId,
    court_id: d.courtId,
    case_id: d.caseId,
    distribution_id: d.id,
    position: claims.length + 1,
    creditor_name: c.name,
    source_case_id: c.sourceCaseId,
    party_id: c.partyId,
    title_number: c.titleNumber,
    amount,
    priority,
    priority_basis: priority === null ? null : body.priorityBasis?.trim() || '优先受偿权',
    seizure_rank: priority === null ? seizureRank : null,
    joined_on: today,
    allocated: null,
    stage: null,
    shortfall: null,
    served_on: null,
    objection_due_on: null,
    paid: 0n,
  });
  await appendEvent(tx, actorOf(who), ctx.clock.now(), {
    courtId: d.courtId,
    caseId: d.caseId,
    action: 'distribution.claim-joined',
    entityType: 'distribution',
    entityId: d.id,
    changes: {
      claimId,
      creditor: c.name,
      amount: formatYuan(amount),
      priority,
      seizureRank,
      sourceCaseId: c.sourceCaseId,
      title: c.titleNumber,
    },
  });
  return success({ id: claimId });
}

async function creditorOf(tx: Tx, d: DistributionRecord, body: JoinInput, isPriority: boolean): Promise<Result<Creditor>> {
  if (!body.caseId) {
    const name = body.creditorName?.trim();
    if (!isPriority || !name) return failure('distribution-title-required');
    return success({ name, sourceCaseId: null, partyId: null, titleNumber: null });
  }
  const facts: CaseFacts | undefined = await caseFactsOf(tx, body.caseId);
  if (!facts?.title) return failure('distribution-title-required', '未找到该执行案件或其执行依据');
  if (!facts.debtors.some((p) => partyIdentityOf(p) === d.debtorIdentity)) return failure('distribution-debtor-mismatch');
  const party = body.partyId ? facts.applicants.find((p) => p.id === body.partyId) : facts.applicants[0];
  if (!party) return failure('distribution-title-required', '该当事人不是该执行案件的申请执行人');
  return success({
    name: party.name,
    sourceCaseId: facts.id,
    partyId: party.id ?? null,
    titleNumber: `${facts.caseNumber}（${facts.title.documentNumber}）`,
  });
}
