import { randomUUID } from 'node:crypto';
import { copyInto, type Tx } from '../db/connection.ts';
import { insertRows, type Write } from '../db/statements.ts';
import { encodeCsv } from '../db/csv.ts';
import type { CaseStatus, ClosureMode, FilingDraft, Party, PartyRole } from './cases.types.ts';
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

function rowsOf(c: NumberedCase, now: Date) {
  const kase = {
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
  };
  const groups: [PartyRole, Party[]][] = [
    ['applicant', c.draft.applicants],
    ['debtor', c.draft.debtors],
    ['third-party', c.draft.thirdParties],
  ];
  return { kase, title: titleRow(c.id, c.courtId, c.draft.title), parties: partyRows(c.id, c.courtId, groups, randomUUID) };
}

/** The writes of filings' cases, titles and parties: run together (one statement), or along with their audit events. */
export function caseWrites(items: readonly NumberedCase[], now: Date): Write[] {
  const rows = items.map((c) => rowsOf(c, now));
  const parties = rows.flatMap((r) => r.parties);
  return [
    insertRows(
      'cases',
      caseColumns,
      rows.map((r) => r.kase),
    ),
    insertRows(
      'case_titles',
      titleColumns,
      rows.map((r) => r.title),
    ),
    ...(parties.length ? [insertRows('case_parties', partyColumns, parties)] : []),
  ];
}

/** A batch already encoded as COPY text, one entry per case, so that it can be prepared outside the transaction. */
export type EncodedCases = { cases: string[]; titles: string[]; parties: string[] };

export function encodeCases(items: readonly NumberedCase[], now: Date): EncodedCases {
  const out: EncodedCases = { cases: [], titles: [], parties: [] };
  for (const c of items) {
    const r = rowsOf(c, now);
    out.cases.push(encodeCsv([caseColumns.map((k) => r.kase[k])]));
    out.titles.push(encodeCsv([titleColumns.map((k) => r.title[k])]));
    out.parties.push(encodeCsv(r.parties.map((p) => partyColumns.map((k) => p[k]))));
  }
  return out;
}

/** Streams the chosen cases of an encoded batch in with COPY. */
export async function copyCases(tx: Tx, encoded: EncodedCases, keep: readonly number[]): Promise<void> {
  const pick = (lines: string[]) => keep.map((i) => lines[i]!).join('');
  await copyInto(tx, 'cases', caseColumns, pick(encoded.cases));
  await copyInto(tx, 'case_titles', titleColumns, pick(encoded.titles));
  await copyInto(tx, 'case_parties', partyColumns, pick(encoded.parties));
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
