import { randomUUID } from 'node:crypto';
import type { CopyRows, Db } from '../db/connection.ts';
import type { CaseStatus, ClosureMode, FilingDraft } from './cases.types.ts';
import { joinNames, partyRows, titleRow } from './cases.repo.ts';

export type NumberedCase = {
  id: string;
  courtId: number;
  caseNumber: string;
  year: number;
  typeCode: string;
  serial: number;
  draft: FilingDraft;
  resumedFromId: string | null;
  /** Imported cases arrive in their current state; filed ones start as 'filed'. */
  status?: CaseStatus;
  closure?: { mode: ClosureMode; closedOn: string; reason: string } | null;
};

const caseColumns = [
  'id',
  'court_id',
  'case_number',
  'year',
  'type',
  'type_code',
  'serial',
  'status',
  'filed_on',
  'claim_amount',
  'officer_id',
  'closure_mode',
  'closed_on',
  'closure_reason',
  'resumed_from_id',
  'applicant_names',
  'debtor_names',
  'created_at',
  'updated_at',
] as const;
const titleColumns = ['case_id', 'court_id', 'document_number', 'issuer', 'effective_on', 'performance_deadline', 'obligations'] as const;
const partyColumns = [
  'id',
  'case_id',
  'court_id',
  'role',
  'position',
  'kind',
  'name',
  'id_number',
  'credit_code',
  'legal_representative',
] as const;

// Writes numbered cases with their titles and parties: COPY for a batch (import), INSERT otherwise.
export async function writeCases(trx: Db, items: readonly NumberedCase[], now: Date, copy?: CopyRows): Promise<void> {
  const cases = items.map((c) => ({
    id: c.id,
    court_id: c.courtId,
    case_number: c.caseNumber,
    year: c.year,
    type: c.draft.type,
    type_code: c.typeCode,
    serial: c.serial,
    status: c.status ?? ('filed' as const),
    filed_on: c.draft.filedOn,
    claim_amount: c.draft.claimAmount,
    officer_id: c.draft.officerId,
    closure_mode: c.closure?.mode ?? null,
    closed_on: c.closure?.closedOn ?? null,
    closure_reason: c.closure?.reason ?? null,
    resumed_from_id: c.resumedFromId,
    applicant_names: joinNames(c.draft.applicants),
    debtor_names: joinNames(c.draft.debtors),
    created_at: now,
    updated_at: now,
  }));
  const titles = items.map((c) => titleRow(c.id, c.courtId, c.draft.title));
  const parties = items.flatMap((c) =>
    partyRows(
      c.id,
      c.courtId,
      [
        ['applicant', c.draft.applicants],
        ['debtor', c.draft.debtors],
        ['third-party', c.draft.thirdParties],
      ],
      randomUUID,
    ),
  );
  if (copy) {
    await copy(
      'cases',
      caseColumns,
      cases.map((r) => caseColumns.map((k) => r[k])),
    );
    await copy(
      'case_titles',
      titleColumns,
      titles.map((r) => titleColumns.map((k) => r[k])),
    );
    await copy(
      'case_parties',
      partyColumns,
      parties.map((r) => partyColumns.map((k) => r[k])),
    );
    return;
  }
  await trx.insertInto('cases').values(cases).execute();
  await trx.insertInto('case_titles').values(titles).execute();
  if (parties.length) await trx.insertInto('case_parties').values(parties).execute();
}

/** The audit record of a filing: the facts a later gate or indicator needs, money as fen strings. */
export function filingChanges(c: NumberedCase): Record<string, unknown> {
  return {
    caseNumber: c.caseNumber,
    type: c.draft.type,
    filedOn: c.draft.filedOn,
    claimAmountFen: c.draft.claimAmount.toString(),
    status: { before: null, after: c.status ?? 'filed' },
    ...(c.closure ? { closureMode: c.closure.mode, closedOn: c.closure.closedOn } : {}),
    titleDocument: c.draft.title.documentNumber,
    performanceDeadline: c.draft.title.performanceDeadline,
    applicants: c.draft.applicants.length,
    debtors: c.draft.debtors.length,
    ...(c.draft.officerId ? { officerId: c.draft.officerId } : {}),
    ...(c.resumedFromId ? { resumedFromId: c.resumedFromId } : {}),
  };
}
