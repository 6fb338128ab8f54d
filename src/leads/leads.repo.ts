import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { AssetLeadsTable } from '../db/handling-schema.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { isUuid } from '../shared/ids.ts';
import { leadOutcomeNames, leadSourceNames, type LeadView } from './leads.types.ts';

// SQL of asset leads.

type LeadRow = Omit<Selectable<AssetLeadsTable>, 'seq'>;

export async function insertLead(tx: Tx, row: Insertable<AssetLeadsTable>): Promise<void> {
  await tx.insertInto('asset_leads').values(row).execute();
}

export async function findLead(db: Executor, id: string): Promise<LeadRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('asset_leads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockLead(tx: Tx, id: string): Promise<LeadRow | undefined> {
  return tx.selectFrom('asset_leads').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function saveOutcome(tx: Tx, id: string, change: Updateable<AssetLeadsTable>): Promise<void> {
  await tx.updateTable('asset_leads').set(change).where('id', '=', id).execute();
}

/** The leads of a case; only those one user submitted when `submittedBy` is given (a party's own). */
export async function leadsOfCase(db: Executor, caseId: string, submittedBy?: string): Promise<LeadRow[]> {
  let q = db.selectFrom('asset_leads').selectAll().where('case_id', '=', caseId);
  if (submittedBy) q = q.where('submitted_by', '=', submittedBy).where('source', '=', 'party');
  return q.orderBy('seq').execute();
}

export function leadView(r: LeadRow): LeadView {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind as AssetKind,
    kindName: assetKindNames[r.kind as AssetKind] ?? r.kind,
    identifier: r.identifier,
    description: r.description,
    urgent: r.urgent,
    submittedOn: r.submitted_on,
    verifyDueOn: r.verify_due_on,
    source: r.source,
    sourceName: leadSourceNames[r.source],
    submittedBy: r.submitted_by_name,
    outcome: r.outcome,
    outcomeName: r.outcome ? leadOutcomeNames[r.outcome] : null,
    outcomeOn: r.outcome_on,
    outcomeNote: r.outcome_note,
    outcomeBy: r.outcome_by_name,
  };
}
