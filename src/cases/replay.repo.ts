import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

// What the replay of cases reads: a batch of cases with everything their rows hold (the 承办人 and
// the 原案 also by what names them), and the case events that built them.

export type CaseRowsForReplay = {
  id: string;
  court_id: number;
  case_number: string;
  year: number;
  type: string;
  type_code: string;
  serial: number;
  status: string;
  filed_on: string;
  claim_amount: string;
  officer_id: string | null;
  officer_username: string | null;
  closure_mode: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  resumed_from_id: string | null;
  resumed_from_number: string | null;
  applicant_names: string;
  debtor_names: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  cause: string | null;
  applied_on: string | null;
  title: {
    document_number: string;
    issuer: string;
    issuer_type: string;
    effective_on: string;
    performance_deadline: string | null;
    obligations: unknown;
  } | null;
  parties: {
    role: string;
    position: number;
    kind: string;
    name: string;
    id_number: string | null;
    credit_code: string | null;
    legal_representative: string | null;
    id_type: string;
    address: string | null;
    service_address: string | null;
    address_confirmed_on: string | null;
    phone: string | null;
    agents: unknown;
  }[];
};

export type CaseEventForReplay = { case_id: string; court_id: number; action: string; changes: unknown; occurred_at: Date };

/** Cases after `after` in id order, within these courts (all when null), with their titles and parties. */
export async function caseRowsAfter(
  db: Executor,
  courtIds: readonly number[] | null,
  after: string,
  limit: number,
): Promise<CaseRowsForReplay[]> {
  let q = db
    .selectFrom('cases')
    .leftJoin('users', 'users.id', 'cases.officer_id')
    .leftJoin('cases as resumed', 'resumed.id', 'cases.resumed_from_id')
    .selectAll('cases')
    .select(['users.username as officer_username', 'resumed.case_number as resumed_from_number'])
    .where('cases.id', '>', after)
    .orderBy('cases.id')
    .limit(limit);
  if (courtIds) q = q.where('cases.court_id', 'in', courtIds.length ? (courtIds as number[]) : [-1]);
  const cases = await q.execute();
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const [titles, parties] = await Promise.all([
    db.selectFrom('case_titles').selectAll().where('case_id', 'in', ids).execute(),
    db.selectFrom('case_parties').selectAll().where('case_id', 'in', ids).orderBy('case_id').orderBy('role').orderBy('position').execute(),
  ]);
  const titleOf = new Map(titles.map((t) => [t.case_id, t]));
  const partiesOf = new Map<string, typeof parties>();
  for (const p of parties) partiesOf.set(p.case_id, [...(partiesOf.get(p.case_id) ?? []), p]);
  return cases.map((c) => {
    const t = titleOf.get(c.id);
    return {
      ...c,
      claim_amount: String(c.claim_amount),
      title: t
        ? {
            document_number: t.document_number,
            issuer: t.issuer,
            issuer_type: t.issuer_type,
            effective_on: t.effective_on,
            performance_deadline: t.performance_deadline,
            obligations: t.obligations,
          }
        : null,
      parties: (partiesOf.get(c.id) ?? []).map((p) => ({
        role: p.role,
        position: p.position,
        kind: p.kind,
        name: p.name,
        id_number: p.id_number,
        credit_code: p.credit_code,
        legal_representative: p.legal_representative,
        id_type: p.id_type,
        address: p.address,
        service_address: p.service_address,
        address_confirmed_on: p.address_confirmed_on,
        phone: p.phone,
        agents: p.agents,
      })),
    };
  });
}

/** The case events (entity 'case') of these cases, in chain order. */
export async function caseEventsOf(db: Executor, caseIds: readonly string[]): Promise<CaseEventForReplay[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('events')
    .select(['case_id', 'court_id', 'action', 'changes', 'occurred_at'])
    .where('case_id', 'in', caseIds as string[])
    .where('entity_type', '=', 'case')
    .where(sql<boolean>`entity_id = case_id::text`)
    .orderBy('case_id')
    .orderBy('court_id')
    .orderBy('seq')
    .execute() as Promise<CaseEventForReplay[]>;
}

/** Cases that have events but no row (deleted behind the application's back), within these courts. */
export async function casesWithoutRow(db: Executor, courtIds: readonly number[] | null, limit: number) {
  const r = await sql<{ case_id: string; court_id: number; case_number: string | null }>`
    select e.case_id, e.court_id, min(e.changes->>'caseNumber') as case_number from events e
    where e.case_id is not null and e.entity_type = 'case'
      and (${courtIds === null} or e.court_id = any(${courtIds ?? []}::int[]))
      and not exists (select 1 from cases c where c.id = e.case_id)
    group by e.case_id, e.court_id order by e.court_id, e.case_id limit ${limit}`.execute(db);
  return r.rows;
}
