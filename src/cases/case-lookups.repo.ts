import type { Executor } from '../db/connection.ts';

// Small reads of a case that other contexts and the party portal need: its court, its summary, and
// the roles an identity holds on it.

/** The court of a case (for a reader's scope check in another context); undefined for none. */
export async function courtIdOfCase(db: Executor, caseId: string): Promise<number | undefined> {
  const row = await db.selectFrom('cases').select('court_id').where('id', '=', caseId).executeTakeFirst();
  return row?.court_id;
}

/** A case's number, state, claim and officer, for another context's pages (src/cases/instrument-facts.ts). */
export async function caseSummaryRow(db: Executor, caseId: string) {
  const r = await db
    .selectFrom('cases')
    .select(['id', 'court_id', 'case_number', 'status', 'claim_amount', 'officer_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      courtId: r.court_id,
      caseNumber: r.case_number,
      status: r.status,
      claimAmount: BigInt(r.claim_amount),
      officerId: r.officer_id,
    }
  );
}

/** The roles in which this identity (ID number or credit code) is a party to the case. */
export async function partyRolesOf(db: Executor, caseId: string, identity: string): Promise<string[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select('role')
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('id_number', '=', identity), eb('credit_code', '=', identity)]))
    .execute();
  return rows.map((r) => r.role);
}

/** The ids of the case's parties that are this identity (resident ID number or credit code). */
export async function partyIdsOf(db: Executor, caseId: string, identity: string): Promise<string[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select('id')
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('id_number', '=', identity), eb('credit_code', '=', identity)]))
    .execute();
  return rows.map((r) => r.id);
}

/** A case's debtors with their party ids, in the order the case lists them. */
export async function debtorParties(db: Executor, caseId: string) {
  return db
    .selectFrom('case_parties')
    .select(['id', 'kind', 'name', 'id_number', 'credit_code'])
    .where('case_id', '=', caseId)
    .where('role', '=', 'debtor')
    .orderBy('position')
    .execute();
}
