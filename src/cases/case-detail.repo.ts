import { sql } from 'kysely';
import { isUuid } from '../shared/ids.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { Fen } from '../shared/money.ts';
import type { Executor } from '../db/connection.ts';
import type { OrganisationDocumentType, PersonDocumentType } from '../rules/identity-documents.ts';
import type { IssuerType } from '../shared/vocabulary.ts';
import type { Agent, EnforcementTitle, Party, PartyContact, PartyRole } from './cases.types.ts';
import { toRecord, type CaseRecord, type CaseRow } from './cases.repo.ts';

// The reads of one case: its detail, whether a party is on it, its timeline.

export type CaseDetail = CaseRecord & {
  cause: string | null;
  appliedOn: LocalDate | null;
  title: EnforcementTitle | null;
  parties: (Party & { role: PartyRole })[];
  resumedFromNumber: string | null;
  resumedByIds: { id: string; caseNumber: string }[];
};

// One round trip, in plain SQL (asked on every case detail): the case with its officer, title,
// parties and 执恢 links as JSON sub-selects.
export async function loadCase(db: Executor, id: string): Promise<CaseDetail | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await sql<DetailRow>`
    select cases.*, users.display_name as officer_name,
      (select to_json(t) from (select document_number, issuer, issuer_type, effective_on, performance_deadline, obligations
         from case_titles where case_id = cases.id) t) as title,
      (select coalesce(json_agg(p order by p.role, p.position), '[]') from (select id, role, position, kind, name, id_type, id_number,
         credit_code, legal_representative, address, service_address, address_confirmed_on, phone, agents
         from case_parties where case_id = cases.id) p) as parties,
      (select origin.case_number from cases origin where origin.id = cases.resumed_from_id) as resumed_from_number,
      (select coalesce(json_agg(json_build_object('id', r.id, 'case_number', r.case_number) order by r.case_number), '[]')
         from cases r where r.resumed_from_id = cases.id) as resumed_by
    from cases left join users on users.id = cases.officer_id
    where cases.id = ${id}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const { title, parties, resumed_by: resumedBy } = row;
  return {
    ...toRecord(row),
    cause: row.cause ?? null,
    appliedOn: (row.applied_on ?? null) as LocalDate | null,
    title: title
      ? {
          documentNumber: title.document_number,
          issuer: title.issuer,
          issuerType: title.issuer_type as IssuerType,
          effectiveOn: title.effective_on as LocalDate,
          performanceDeadline: title.performance_deadline as LocalDate | null,
          obligations: (title.obligations as { kind: string; amount?: string; description: string }[]).map((o) =>
            o.kind === 'money'
              ? { kind: 'money', amount: BigInt(o.amount!) as Fen, description: o.description }
              : { kind: 'act', description: o.description },
          ),
        }
      : null,
    parties: parties.map(partyOf),
    resumedFromNumber: row.resumed_from_number ?? null,
    resumedByIds: resumedBy.map((r) => ({ id: r.id, caseNumber: r.case_number })),
  };
}

/** Whether this ID number or credit code is a party to the case. */
export async function isPartyToCase(db: Executor, caseId: string, identity: string): Promise<boolean> {
  const own = await db
    .selectFrom('case_parties')
    .select('id')
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('id_number', '=', identity), eb('credit_code', '=', identity)]))
    .executeTakeFirst();
  return Boolean(own);
}

/** The court of a case, if the case exists. */
export async function findCaseCourt(db: Executor, id: string): Promise<{ id: string; courtId: number } | undefined> {
  if (!isUuid(id)) return undefined;
  const c = await db.selectFrom('cases').select(['id', 'court_id']).where('id', '=', id).executeTakeFirst();
  return c && { id: c.id, courtId: c.court_id };
}

/** A case's audit events in their order (a deadline's own events are read with its case's deadlines, GET /cases/{id}/deadlines). */
export async function caseEvents(db: Executor, caseId: string, courtId: number) {
  return db
    .selectFrom('events')
    .select(['id', 'seq', 'occurred_at', 'actor_name', 'action', 'changes'])
    .where('case_id', '=', caseId)
    .where('court_id', '=', courtId)
    .where('entity_type', '<>', 'deadline')
    .orderBy('seq')
    .execute();
}

/** A stored party row (as JSON from the detail's sub-select) as the domain's party. */
export function partyOf(p: PartyRowJson): Party & { role: PartyRole } {
  const contact: PartyContact = {
    address: p.address ?? null,
    serviceAddress: p.service_address ?? null,
    addressConfirmedOn: (p.address_confirmed_on ?? null) as LocalDate | null,
    phone: p.phone ?? null,
    agents: (p.agents ?? []) as Agent[],
    ...(p.id ? { id: p.id } : {}),
  };
  if (p.kind === 'person')
    return { role: p.role, kind: 'person', name: p.name, idType: p.id_type as PersonDocumentType, idNumber: p.id_number ?? '', ...contact };
  return {
    role: p.role,
    kind: 'organization',
    name: p.name,
    idType: p.id_type as OrganisationDocumentType,
    creditCode: p.credit_code,
    idNumber: p.id_number,
    legalRepresentative: p.legal_representative,
    ...contact,
  };
}

export type PartyRowJson = {
  id?: string;
  role: PartyRole;
  kind: 'person' | 'organization';
  name: string;
  id_type: string;
  id_number: string | null;
  credit_code: string | null;
  legal_representative: string | null;
  address?: string | null;
  service_address?: string | null;
  address_confirmed_on?: string | null;
  phone?: string | null;
  agents?: unknown;
};

type DetailRow = CaseRow & {
  cause?: string | null;
  applied_on?: string | null;
  title: {
    document_number: string;
    issuer: string;
    issuer_type: string;
    effective_on: string;
    performance_deadline: string | null;
    obligations: unknown;
  } | null;
  parties: PartyRowJson[];
  resumed_from_number: string | null;
  resumed_by: { id: string; case_number: string }[];
};
