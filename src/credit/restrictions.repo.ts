import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { ConsumptionRestrictionsTable, RestrictionPersonsTable, RestrictionSpendingRequestsTable } from '../db/credit-schema.ts';
import { isUuid } from '../shared/ids.ts';

// The rows of consumption restriction (限制消费令): the orders, the persons each restricts, and the
// requests to spend on a restricted item (src/credit, ADR 0206).

export type RestrictionRow = Selectable<ConsumptionRestrictionsTable>;
export type PersonRow = Selectable<RestrictionPersonsTable>;
export type SpendingRow = Selectable<RestrictionSpendingRequestsTable>;
export type RestrictionRowWithApproval = RestrictionRow & { approval_state: string | null };

export async function insertRestriction(
  tx: Tx,
  row: Insertable<ConsumptionRestrictionsTable>,
  persons: readonly Insertable<RestrictionPersonsTable>[],
): Promise<void> {
  await tx.insertInto('consumption_restrictions').values(row).execute();
  if (persons.length)
    await tx
      .insertInto('restriction_persons')
      .values([...persons])
      .execute();
}

export async function lockRestriction(tx: Tx, id: string): Promise<RestrictionRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx.selectFrom('consumption_restrictions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateRestriction(
  tx: Tx,
  id: string,
  change: Partial<
    Pick<RestrictionRow, 'status' | 'approved_on' | 'document_id' | 'lifted_on' | 'lift_ground' | 'lift_reason' | 'lifted_by_name'>
  >,
): Promise<RestrictionRow> {
  return tx.updateTable('consumption_restrictions').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The case of a restriction, read without a lock (the caller then locks the case, then the restriction). */
export async function caseOfRestriction(db: Executor, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  return (await db.selectFrom('consumption_restrictions').select('case_id').where('id', '=', id).executeTakeFirst())?.case_id;
}

/** A restriction of this debtor in the case that is in force or awaiting the 院长 (not rejected or withdrawn). */
export async function liveRestrictionOf(db: Executor, caseId: string, partyId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('consumption_restrictions as r')
    .leftJoin('approval_requests as a', 'a.id', 'r.approval_id')
    .select('r.id')
    .where('r.case_id', '=', caseId)
    .where('r.debtor_party_id', '=', partyId)
    .where((eb) => eb.or([eb('r.status', '=', 'ordered'), eb.and([eb('r.status', '=', 'pending'), eb('a.state', '=', 'pending')])]))
    .executeTakeFirst();
  return r?.id;
}

/** The order in force against this debtor in the case, if any. */
export async function orderedRestrictionOf(db: Executor, caseId: string, partyId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('consumption_restrictions')
    .select('id')
    .where('case_id', '=', caseId)
    .where('debtor_party_id', '=', partyId)
    .where('status', '=', 'ordered')
    .executeTakeFirst();
  return r?.id;
}

export async function orderedRestrictionsOfCase(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('consumption_restrictions')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'ordered')
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.id);
}

export async function restrictionsOfCase(db: Executor, caseId: string): Promise<RestrictionRowWithApproval[]> {
  if (!isUuid(caseId)) return [];
  return db
    .selectFrom('consumption_restrictions as r')
    .leftJoin('approval_requests as a', 'a.id', 'r.approval_id')
    .selectAll('r')
    .select('a.state as approval_state')
    .where('r.case_id', '=', caseId)
    .orderBy('r.seq')
    .execute();
}

export async function restrictionById(db: Executor, id: string): Promise<RestrictionRowWithApproval | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('consumption_restrictions as r')
    .leftJoin('approval_requests as a', 'a.id', 'r.approval_id')
    .selectAll('r')
    .select('a.state as approval_state')
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function personsOf(db: Executor, restrictionIds: readonly string[]): Promise<PersonRow[]> {
  if (!restrictionIds.length) return [];
  return db.selectFrom('restriction_persons').selectAll().where('restriction_id', 'in', restrictionIds).orderBy('seq').execute();
}

export async function spendingRequestsOf(db: Executor, restrictionIds: readonly string[]): Promise<SpendingRow[]> {
  if (!restrictionIds.length) return [];
  return db.selectFrom('restriction_spending_requests').selectAll().where('restriction_id', 'in', restrictionIds).orderBy('seq').execute();
}

export async function insertSpendingRequest(tx: Tx, row: Insertable<RestrictionSpendingRequestsTable>): Promise<SpendingRow> {
  return tx.insertInto('restriction_spending_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The restriction of a spending request, read without a lock. */
export async function restrictionOfSpending(db: Executor, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  return (await db.selectFrom('restriction_spending_requests').select('restriction_id').where('id', '=', id).executeTakeFirst())
    ?.restriction_id;
}

export async function lockSpendingRequest(tx: Tx, id: string): Promise<SpendingRow | undefined> {
  return tx.selectFrom('restriction_spending_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function decideSpendingRequest(
  tx: Tx,
  id: string,
  change: Pick<SpendingRow, 'status' | 'decided_on' | 'decided_by' | 'decided_by_name' | 'decision_reason'>,
): Promise<SpendingRow> {
  return tx.updateTable('restriction_spending_requests').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Who approved the listing's decision (its last approving step), for the 限制消费令 it makes. */
export async function approverOf(db: Executor, approvalId: string | null): Promise<string | undefined> {
  if (!approvalId) return undefined;
  const r = await db
    .selectFrom('approval_decisions')
    .select('decided_by_name')
    .where('request_id', '=', approvalId)
    .where('decision', '=', 'approve')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.decided_by_name;
}
