import { randomUUID } from 'node:crypto';
import { copyInto, type Tx } from '../db/connection.ts';
import { insertRows, type Write } from '../db/statements.ts';
import { encodeCsv } from '../db/csv.ts';
import type { CaseStatus, ClosureMode, FilingDraft, Party, PartyRole } from './cases.types.ts';
import { joinNames, partyRows, titleRow } from './cases.repo.ts';
import { sql, type RawBuilder } from 'kysely';

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

// COPY order: the two links, resolved only when an imported batch is written, come last.
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
  'closure_mode',
  'closed_on',
  'closure_reason',
  'applicant_names',
  'debtor_names',
  'created_at',
  'updated_at',
  'cause',
  'applied_on',
  'officer_id',
  'resumed_from_id',
] as const;
const encodedCaseColumns = caseColumns.slice(0, -2);
const titleColumns = [
  'case_id',
  'court_id',
  'document_number',
  'issuer',
  'issuer_type',
  'effective_on',
  'performance_deadline',
  'obligations',
] as const;
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
  'id_type',
  'address',
  'service_address',
  'address_confirmed_on',
  'phone',
  'agents',
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
    cause: c.draft.cause,
    applied_on: c.draft.appliedOn,
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

/**
 * A batch already encoded as COPY text, one entry per case, so that it can be prepared outside the
 * transaction. A case's line lacks its last two columns (officer_id, resumed_from_id): see copyCases.
 */
export type EncodedCases = { cases: string[]; titles: string[]; parties: string[] };

export function encodeCases(items: readonly NumberedCase[], now: Date): EncodedCases {
  const out: EncodedCases = { cases: [], titles: [], parties: [] };
  for (const c of items) {
    const r = rowsOf(c, now);
    out.cases.push(encodeCsv([encodedCaseColumns.map((k) => r.kase[k])]).slice(0, -1));
    out.titles.push(encodeCsv([titleColumns.map((k) => r.title[k])]));
    out.parties.push(encodeCsv(r.parties.map((p) => partyColumns.map((k) => p[k]))));
  }
  return out;
}

export type CaseLinks = { officerId: string | null; resumedFromId: string | null };

/** Streams the chosen cases of an encoded batch in with COPY, each with its 承办人 and 原案 as resolved. */
export async function copyCases(tx: Tx, encoded: EncodedCases, keep: readonly number[], links: (i: number) => CaseLinks): Promise<void> {
  const pick = (lines: string[]) => keep.map((i) => lines[i]!).join('');
  const cases = keep
    .map((i) => {
      const l = links(i);
      return `${encoded.cases[i]},${l.officerId ?? ''},${l.resumedFromId ?? ''}\n`;
    })
    .join('');
  await copyInto(tx, 'cases', caseColumns, cases);
  await copyInto(tx, 'case_titles', titleColumns, pick(encoded.titles));
  await copyInto(tx, 'case_parties', partyColumns, pick(encoded.parties));
}

/**
 * Takes the next serial for court × year × special code × type; the row lock holds until commit, so
 * serials are gapless. Null when the sequence would pass `max`: the numbers of that year are used up.
 */
export async function allocateSerials(
  trx: Tx,
  courtId: number,
  year: number,
  typeCode: string,
  max: number,
  count = 1,
): Promise<number | null> {
  const row = await serialUpsert(courtId, year, typeCode, max, count).execute(trx);
  const last = row.rows[0]?.last_serial;
  return last === undefined ? null : last - count + 1;
}

const serialUpsert = (courtId: number, year: number, typeCode: string, max: number, count: number) => sql<{ last_serial: number }>`
    insert into case_number_sequences (court_id, year, special_code, type_code, last_serial)
    values (${courtId}, ${year}, '', ${typeCode}, ${count})
    on conflict (court_id, year, special_code, type_code)
    do update set last_serial = case_number_sequences.last_serial + ${count}
    where case_number_sequences.last_serial <= ${max - count}
    returning last_serial`;

/**
 * allocateSerials for one case, with a read of the same transaction sent in the same statement
 * (one round trip for both): `read` sees the database as it was before the statement, so not the
 * case being numbered. Its rows come back in their order, as JSON (strings and numbers only).
 */
export async function allocateSerialReading<R>(
  trx: Tx,
  at: { courtId: number; year: number; typeCode: string; max: number },
  read: RawBuilder<R> | null,
): Promise<{ serial: number | null; read: R[] }> {
  const upsert = serialUpsert(at.courtId, at.year, at.typeCode, at.max, 1);
  if (!read) {
    const last = (await upsert.execute(trx)).rows[0]?.last_serial;
    return { serial: last ?? null, read: [] };
  }
  const { rows } = await sql<{ last_serial: number | null; read: R[] | string }>`
    with serial as (${upsert}),
      reading as (select row_number() over () as n, r.* from (${read}) as r)
    select (select last_serial from serial) as last_serial,
      (select coalesce(json_agg(to_jsonb(reading) - 'n' order by n), '[]'::json) from reading) as read`.execute(trx);
  const row = rows[0]!;
  return { serial: row.last_serial, read: typeof row.read === 'string' ? (JSON.parse(row.read) as R[]) : row.read };
}
