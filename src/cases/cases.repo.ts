import { sql } from 'kysely';
import { isUuid } from '../shared/ids.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { Executor, Tx } from '../db/connection.ts';
import type { CaseStatus, CaseType, ClosureMode, EnforcementTitle, Party, PartyRole } from './cases.types.ts';

export type CaseRecord = {
  id: string;
  courtId: number;
  caseNumber: string;
  year: number;
  type: CaseType;
  typeCode: string;
  serial: number;
  status: CaseStatus;
  filedOn: LocalDate;
  claimAmount: bigint;
  officerId: string | null;
  officerName: string | null;
  closureMode: ClosureMode | null;
  closedOn: LocalDate | null;
  closureReason: string | null;
  resumedFromId: string | null;
  /** The last day of a deferral (暂缓执行) that states one. */
  deferredUntil: LocalDate | null;
  version: number;
};

/** The columns a use case may change on a case row; the version and update time move with every change. */
export type CaseChange = Partial<{
  status: CaseStatus;
  closure_mode: ClosureMode;
  closed_on: string;
  closure_reason: string;
  officer_id: string;
  deferred_until: string | null;
}>;

/** Writes a change to a case locked by `lockCase`, bumping its version; returns the new version. */
export async function updateCase(trx: Tx, c: CaseRecord, change: CaseChange, now: Date): Promise<number> {
  const version = c.version + 1;
  await trx
    .updateTable('cases')
    .set({ ...change, updated_at: now, version })
    .where('id', '=', c.id)
    .execute();
  return version;
}

/** The 执恢 case already opened from this one, if any. */
export async function findResumptionOf(trx: Tx, caseId: string): Promise<{ caseNumber: string } | undefined> {
  const row = await trx.selectFrom('cases').select('case_number').where('resumed_from_id', '=', caseId).executeTakeFirst();
  return row && { caseNumber: row.case_number };
}

/** A stored case an imported row may collide with: by its number, or by court × year × type × serial. */
export type StoredNumber = { caseNumber: string; courtId: number; year: number; typeCode: string; serial: number };
export type NumberKey = { courtId: number; year: number; typeCode: string; serial: number };

/** The stored cases that have one of these numbers, or one of these keys (non-legacy numbers, year 2016 on). */
export async function storedNumbers(db: Executor, numbers: readonly string[], keys: readonly NumberKey[]): Promise<StoredNumber[]> {
  const found = await sql<{ case_number: string; court_id: number; year: number; type_code: string; serial: number }>`
    select case_number, court_id, year, type_code, serial from cases where case_number = any(${numbers}::text[])
    union
    select c.case_number, c.court_id, c.year, c.type_code, c.serial
    from unnest(${keys.map((k) => k.courtId)}::int[], ${keys.map((k) => k.year)}::int[], ${keys.map((k) => k.typeCode)}::text[],
                ${keys.map((k) => k.serial)}::int[]) as k(court_id, year, type_code, serial)
    join cases c on c.court_id = k.court_id and c.year = k.year and c.type_code = k.type_code and c.serial = k.serial and c.year >= 2016`.execute(
    db,
  );
  return found.rows.map((r) => ({ caseNumber: r.case_number, courtId: r.court_id, year: r.year, typeCode: r.type_code, serial: r.serial }));
}

/** The id and court of the cases with these numbers (the 原案 of imported 执恢 cases). */
export async function casesByNumber(db: Executor, numbers: readonly string[]): Promise<Map<string, { id: string; courtId: number }>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'court_id'])
    .where('case_number', 'in', numbers as string[])
    .execute();
  return new Map(rows.map((r) => [r.case_number, { id: r.id, courtId: r.court_id }]));
}

/** A serial that an imported case already carries. */
export type ImportedSerial = { courtId: number; year: number; typeCode: string; serial: number; legacy: boolean };

// Later filings must continue after the highest imported serial of each court × year × type.
export async function bumpSequences(trx: Tx, rows: readonly ImportedSerial[]): Promise<void> {
  const max = new Map<string, { courtId: number; year: number; typeCode: string; serial: number }>();
  for (const r of rows) {
    if (r.legacy) continue;
    const key = `${r.courtId}|${r.year}|${r.typeCode}`;
    const cur = max.get(key);
    if (!cur || cur.serial < r.serial) max.set(key, { courtId: r.courtId, year: r.year, typeCode: r.typeCode, serial: r.serial });
  }
  const entries = [...max.values()].sort((a, b) => a.courtId - b.courtId || a.year - b.year || (a.typeCode < b.typeCode ? -1 : 1));
  for (let i = 0; i < entries.length; i += 1000) {
    const chunk = entries.slice(i, i + 1000);
    await sql`insert into case_number_sequences (court_id, year, special_code, type_code, last_serial)
      values ${sql.join(chunk.map((e) => sql`(${e.courtId}, ${e.year}, '', ${e.typeCode}, ${e.serial})`))}
      on conflict (court_id, year, special_code, type_code)
      do update set last_serial = greatest(case_number_sequences.last_serial, excluded.last_serial)`.execute(trx);
  }
}

export async function lockCase(trx: Tx, id: string): Promise<CaseRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await trx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRecord({ ...row, officer_name: null });
}

/** One batch of the export, in case-number order after `after`: the cases with their titles and parties. */
export async function exportBatch(db: Executor, courtIds: readonly number[], after: string, limit: number) {
  const cases = await db
    .selectFrom('cases')
    .innerJoin('case_titles', 'case_titles.case_id', 'cases.id')
    .leftJoin('users', 'users.id', 'cases.officer_id')
    .leftJoin('cases as resumed', 'resumed.id', 'cases.resumed_from_id')
    .select([
      'users.username as officer_username',
      'resumed.case_number as resumed_from_number',
      'cases.id',
      'cases.case_number',
      'cases.court_id',
      'cases.type',
      'cases.filed_on',
      'cases.claim_amount',
      'cases.status',
      'cases.closure_mode',
      'cases.closed_on',
      'cases.closure_reason',
      'case_titles.document_number',
      'case_titles.issuer',
      'case_titles.effective_on',
      'case_titles.performance_deadline',
      'case_titles.obligations',
    ])
    .where('cases.court_id', 'in', courtIds as number[])
    .where('cases.case_number', '>', after)
    .orderBy('cases.case_number')
    .limit(limit)
    .execute();
  if (cases.length === 0) return { cases, parties: [] };
  const parties = await db
    .selectFrom('case_parties')
    .selectAll()
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .orderBy('position')
    .execute();
  return { cases, parties };
}

/** Refreshes the planner's statistics of the case tables after a bulk load, so that the next query plans on their new sizes. */
export async function analyzeCaseTables(db: Executor): Promise<void> {
  await sql`analyze cases, case_titles, case_parties, events`.execute(db);
}

/** Rows for COPY or INSERT of one case's title and parties (shared by filing and import). */
export function titleRow(caseId: string, courtId: number, t: EnforcementTitle) {
  return {
    case_id: caseId,
    court_id: courtId,
    document_number: t.documentNumber,
    issuer: t.issuer,
    issuer_type: t.issuerType,
    effective_on: t.effectiveOn,
    performance_deadline: t.performanceDeadline,
    obligations: JSON.stringify(
      t.obligations.map((o) => (o.kind === 'money' ? { kind: 'money', amount: o.amount.toString(), description: o.description } : o)),
    ),
  };
}

export function partyRows(caseId: string, courtId: number, groups: [PartyRole, Party[]][], newId: () => string) {
  return groups.flatMap(([role, list]) =>
    list.map((p, position) => ({
      id: newId(),
      case_id: caseId,
      court_id: courtId,
      role,
      position,
      kind: p.kind,
      name: p.name,
      id_number: p.idNumber,
      credit_code: p.kind === 'organization' ? p.creditCode : null,
      legal_representative: p.kind === 'organization' ? p.legalRepresentative : null,
      id_type: p.idType,
      address: p.address,
      service_address: p.serviceAddress,
      address_confirmed_on: p.addressConfirmedOn,
      phone: p.phone,
      agents: JSON.stringify(p.agents),
    })),
  );
}

export const joinNames = (list: Party[]): string => list.map((p) => p.name).join('、');

export type CaseRow = {
  id: string;
  court_id: number;
  case_number: string;
  year: number;
  type: CaseType;
  type_code: string;
  serial: number;
  status: CaseStatus;
  filed_on: string;
  claim_amount: bigint;
  officer_id: string | null;
  officer_name: string | null;
  closure_mode: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  resumed_from_id: string | null;
  deferred_until?: string | null;
  version: number;
};

export function toRecord(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    courtId: r.court_id,
    caseNumber: r.case_number,
    year: r.year,
    type: r.type,
    typeCode: r.type_code,
    serial: r.serial,
    status: r.status,
    filedOn: r.filed_on as LocalDate,
    claimAmount: BigInt(r.claim_amount),
    officerId: r.officer_id,
    officerName: r.officer_name,
    closureMode: r.closure_mode as ClosureMode | null,
    closedOn: r.closed_on as LocalDate | null,
    closureReason: r.closure_reason,
    resumedFromId: r.resumed_from_id,
    deferredUntil: (r.deferred_until ?? null) as LocalDate | null,
    version: r.version,
  };
}

export async function hasAnyCase(db: Executor): Promise<boolean> {
  return Boolean(await db.selectFrom('cases').select('id').limit(1).executeTakeFirst());
}

/** The first open cases of a court in case-number order. */
export async function openCaseIds(db: Executor, courtId: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('court_id', '=', courtId)
    .where('status', '!=', 'closed')
    .orderBy('case_number')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** One case within these courts on which this identity is a party, if any. */
export async function findCaseWithParty(db: Executor, identity: string, courtIds: readonly number[]) {
  const row = await db
    .selectFrom('case_parties')
    .innerJoin('cases', 'cases.id', 'case_parties.case_id')
    .select(['cases.id', 'cases.case_number', 'cases.court_id'])
    .where((eb) => eb.or([eb('case_parties.id_number', '=', identity), eb('case_parties.credit_code', '=', identity)]))
    .where('case_parties.court_id', 'in', courtIds as number[])
    .orderBy('cases.filed_on')
    .limit(1)
    .executeTakeFirst();
  return row && { id: row.id, caseNumber: row.case_number, courtId: row.court_id };
}

/** Deferred cases whose stated last day is before `asOf`, in id order after `afterId` (the deferral sweep). */
export async function endedDeferrals(db: Executor, asOf: LocalDate, afterId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('status', '=', 'deferred')
    .where('deferred_until', '<', asOf)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
