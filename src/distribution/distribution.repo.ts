import type { Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { DistributionClaimsTable, DistributionObjectionsTable, DistributionsTable } from '../db/distribution-schema.ts';
import type { LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import type { ClaimRecord, DistributionRecord, ObjectionRecord, ObjectionState } from './distribution.types.ts';

// Distributions (参与分配), their claims and the objections to their plans.

const big = (v: bigint | null) => (v === null ? null : BigInt(v));
const day = (v: string | null) => v as LocalDate | null;

function distributionOf(r: Selectable<DistributionsTable>): DistributionRecord {
  return {
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    debtorPartyId: r.debtor_party_id,
    debtorName: r.debtor_name,
    debtorIdentity: r.debtor_identity,
    debtorKind: r.debtor_kind,
    proceeds: BigInt(r.proceeds),
    costs: BigInt(r.costs),
    status: r.status,
    costsPaid: big(r.costs_paid),
    remainder: big(r.remainder),
    documentId: r.document_id,
    plannedOn: day(r.planned_on),
    openedOn: r.opened_on as LocalDate,
  };
}

function claimOf(r: Selectable<DistributionClaimsTable>): ClaimRecord {
  return {
    id: r.id,
    position: r.position,
    creditorName: r.creditor_name,
    sourceCaseId: r.source_case_id,
    partyId: r.party_id,
    titleNumber: r.title_number,
    amount: BigInt(r.amount),
    priority: r.priority,
    priorityBasis: r.priority_basis,
    seizureRank: r.seizure_rank,
    joinedOn: r.joined_on as LocalDate,
    allocated: big(r.allocated),
    stage: r.stage,
    shortfall: big(r.shortfall),
    servedOn: day(r.served_on),
    objectionDueOn: day(r.objection_due_on),
    paid: BigInt(r.paid),
  };
}

function objectionOf(r: Selectable<DistributionObjectionsTable>): ObjectionRecord {
  return {
    id: r.id,
    claimId: r.claim_id,
    targetClaimId: r.target_claim_id,
    disputed: BigInt(r.disputed),
    reason: r.reason,
    objectedOn: r.objected_on as LocalDate,
    notifiedOn: day(r.notified_on),
    answerDueOn: day(r.answer_due_on),
    state: r.state,
    outcomeOn: day(r.outcome_on),
    holdId: r.hold_id,
  };
}

export async function insertDistribution(tx: Tx, row: Omit<Selectable<DistributionsTable>, 'seq'>): Promise<void> {
  await tx
    .insertInto('distributions')
    .values({ ...row, plan_input: null, plan_result: null })
    .execute();
}

export async function findDistribution(db: Executor, id: string): Promise<DistributionRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const r = await db.selectFrom('distributions').selectAll().where('id', '=', id).executeTakeFirst();
  return r && distributionOf(r);
}

export async function caseDistributions(db: Executor, caseId: string): Promise<DistributionRecord[]> {
  const rows = await db.selectFrom('distributions').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map(distributionOf);
}

/** The distributions run on this case and those a claim of this case joined (its applicant a creditor there). */
export async function distributionsConcerning(db: Executor, caseId: string): Promise<DistributionRecord[]> {
  const rows = await db
    .selectFrom('distributions')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('case_id', '=', caseId),
        eb('id', 'in', eb.selectFrom('distribution_claims').select('distribution_id').where('source_case_id', '=', caseId)),
      ]),
    )
    .orderBy('seq')
    .execute();
  return rows.map(distributionOf);
}

/** Locks the distribution row (after the case row, ADR 0002). */
export async function lockDistribution(tx: Tx, id: string): Promise<DistributionRecord | undefined> {
  const r = await tx.selectFrom('distributions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return r && distributionOf(r);
}

export async function savePlan(
  tx: Tx,
  id: string,
  p: { input: unknown; result: unknown; costsPaid: bigint; remainder: bigint; documentId: string; plannedOn: LocalDate },
): Promise<void> {
  await tx
    .updateTable('distributions')
    .set({
      status: 'planned',
      plan_input: JSON.stringify(p.input),
      plan_result: JSON.stringify(p.result),
      costs_paid: p.costsPaid,
      remainder: p.remainder,
      document_id: p.documentId,
      planned_on: p.plannedOn,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertClaim(tx: Tx, row: Selectable<DistributionClaimsTable>): Promise<void> {
  await tx.insertInto('distribution_claims').values(row).execute();
}

export async function claimsOf(db: Executor, distributionId: string): Promise<ClaimRecord[]> {
  const rows = await db
    .selectFrom('distribution_claims')
    .selectAll()
    .where('distribution_id', '=', distributionId)
    .orderBy('position')
    .execute();
  return rows.map(claimOf);
}

export async function saveAllocation(tx: Tx, claimId: string, a: { allocated: bigint; stage: 'priority' | 'ordinary'; shortfall: bigint }) {
  await tx.updateTable('distribution_claims').set(a).where('id', '=', claimId).execute();
}

export async function saveService(tx: Tx, claimId: string, servedOn: LocalDate, dueOn: LocalDate): Promise<void> {
  await tx.updateTable('distribution_claims').set({ served_on: servedOn, objection_due_on: dueOn }).where('id', '=', claimId).execute();
}

export async function addPaid(tx: Tx, claimId: string, amount: bigint): Promise<void> {
  const row = await tx.selectFrom('distribution_claims').select('paid').where('id', '=', claimId).executeTakeFirstOrThrow();
  await tx
    .updateTable('distribution_claims')
    .set({ paid: BigInt(row.paid) + amount })
    .where('id', '=', claimId)
    .execute();
}

export async function insertObjection(tx: Tx, row: Omit<Selectable<DistributionObjectionsTable>, 'seq'>): Promise<void> {
  await tx.insertInto('distribution_objections').values(row).execute();
}

export async function objectionsOf(db: Executor, distributionId: string): Promise<ObjectionRecord[]> {
  const rows = await db
    .selectFrom('distribution_objections')
    .selectAll()
    .where('distribution_id', '=', distributionId)
    .orderBy('seq')
    .execute();
  return rows.map(objectionOf);
}

export async function findObjection(db: Executor, id: string): Promise<(ObjectionRecord & { distributionId: string }) | undefined> {
  if (!isUuid(id)) return undefined;
  const r = await db.selectFrom('distribution_objections').selectAll().where('id', '=', id).executeTakeFirst();
  return r && { ...objectionOf(r), distributionId: r.distribution_id };
}

export async function updateObjection(
  tx: Tx,
  id: string,
  set: { state?: ObjectionState; outcome_on?: LocalDate; notified_on?: LocalDate; answer_due_on?: LocalDate },
): Promise<void> {
  await tx.updateTable('distribution_objections').set(set).where('id', '=', id).execute();
}
