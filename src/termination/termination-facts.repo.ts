import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

// What the case's own records say about each condition of 终本 (src/rules/termination-check.ts),
// read in one statement: the first event or row that satisfies a condition, with its date, and per
// debtor what concerns each debtor. The choice of fact per condition is ADR 0212.

/** A fact on record: the event action or table it comes from, the row's id, its date, a short text. */
export type FactRow = { source: string; id: string; on: string | null; text: string | null };

export type DebtorFacts = {
  restriction: FactRow | null; // a 限制消费令 in force (consumption_restrictions.status = 'ordered')
  listing: FactRow | null; // a listing decided or published
  search: FactRow | null; // the latest finished online search of this debtor (no request waiting)
  waitingSearch: boolean; // a search of this debtor still waits for an answer
  whereabouts: { missing: boolean; searched: boolean; on: string; measures: string; id: string } | null; // the latest
};

export type TerminationFacts = {
  enforcementNotice: FactRow | null;
  reportOrder: FactRow | null;
  reportVerified: FactRow | null; // the first verification (or a sanction for a refused or late report)
  falseReport: FactRow | null; // a verification that found the report false
  reportSanction: FactRow | null; // a sanction imposed for breaching the reporting duty
  leadsPending: number;
  leadsVerified: FactRow | null; // the last lead verified
  onsite: FactRow | null;
  unsanctioned: FactRow | null; // a sanction requested whose approval is still pending
  sanctioned: FactRow | null; // a sanction imposed (obstruction met with a measure)
  disposable: FactRow | null; // an effective seizure whose disposal has not failed (a freeze: money frozen not yet deducted)
  // an effective seizure whose 变卖 failed, or one released because it went unsold and the applicant refused it in kind (查封规定 第28条第3项)
  undisposable: FactRow | null;
  interview: (FactRow & { agrees: boolean }) | null; // the latest interview of the applicant
  debtors: Record<string, DebtorFacts>;
};

const event = (action: string, caseId: string, date: string, order = 'seq') => sql<FactRow>`
  (select json_build_object('source', action, 'id', entity_id, 'on', changes->>${date}, 'text', null)
     from events where case_id = ${caseId} and action = ${action} order by ${sql.raw(order)} limit 1)`;

export async function terminationFacts(db: Executor, caseId: string, debtorIds: readonly string[]): Promise<TerminationFacts> {
  const { rows } = await sql<{ facts: Omit<TerminationFacts, 'debtors'>; debtors: Record<string, DebtorFacts> | null }>`
    select json_build_object(
      'enforcementNotice', ${event('case.enforcement-notice-served', caseId, 'servedOn')},
      'reportOrder', ${event('case.asset-report-order-served', caseId, 'servedOn')},
      'reportVerified', coalesce(${event('case.asset-report-verified', caseId, 'verifiedOn')},
        (select json_build_object('source', 'case.sanction-imposed', 'id', entity_id, 'on', changes->>'approvedOn', 'text', changes->>'ground')
           from events where case_id = ${caseId} and action = 'case.sanction-imposed'
             and changes->>'ground' in ('refused-report', 'late-report') order by seq limit 1)),
      'falseReport', (select json_build_object('source', action, 'id', entity_id, 'on', changes->>'verifiedOn', 'text', changes->>'debtor')
         from events where case_id = ${caseId} and action = 'case.asset-report-verified' and changes->>'outcome' = 'false'
         order by seq limit 1),
      'reportSanction', (select json_build_object('source', action, 'id', entity_id, 'on', changes->>'approvedOn', 'text', changes->>'subject')
         from events where case_id = ${caseId} and action = 'case.sanction-imposed' order by seq limit 1),
      'leadsPending', (select count(*) from asset_leads where case_id = ${caseId} and outcome is null),
      'leadsVerified', (select json_build_object('source', 'asset_leads', 'id', id, 'on', outcome_on, 'text', description)
         from asset_leads where case_id = ${caseId} and outcome is not null order by outcome_on desc, seq desc limit 1),
      'onsite', (select json_build_object('source', 'case.onsite-enforced', 'id', id,
           'on', to_char(started_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), 'text', place)
         from onsite_records where case_id = ${caseId} order by seq limit 1),
      'unsanctioned', (select json_build_object('source', e.action, 'id', e.entity_id, 'on', e.changes->>'decidedOn', 'text', e.changes->>'subject')
         from events e join approval_requests a on a.id::text = e.changes->>'approvalId'
         where e.case_id = ${caseId} and e.action = 'case.sanction-requested' and a.state = 'pending' order by e.seq limit 1),
      'sanctioned', (select json_build_object('source', action, 'id', entity_id, 'on', changes->>'approvedOn', 'text', changes->>'subject')
         from events where case_id = ${caseId} and action = 'case.sanction-imposed' order by seq limit 1),
      'disposable', (select json_build_object('source', 'seizures', 'id', s.id, 'on', s.effective_from, 'text', a.identifier_display)
         from seizures s join assets a on a.id = s.asset_id
         where s.case_id = ${caseId} and s.status = 'effective'
           and (s.measure <> 'freeze' or coalesce(s.amount, 0) > s.deducted) and not exists (
           select 1 from asset_sales f where f.asset_id = s.asset_id and f.case_id = s.case_id and f.kind = 'sale' and f.status = 'unsold')
         order by s.seq limit 1),
      'undisposable', coalesce(
        (select json_build_object('source', 'asset_sales', 'id', f.id, 'on', f.started_on, 'text', a.identifier_display)
           from seizures s join assets a on a.id = s.asset_id
           join asset_sales f on f.asset_id = s.asset_id and f.case_id = s.case_id and f.kind = 'sale' and f.status = 'unsold'
           where s.case_id = ${caseId} and s.status = 'effective' order by s.seq limit 1),
        (select json_build_object('source', 'seizures', 'id', s.id, 'on', s.ended_on, 'text', a.identifier_display)
           from seizures s join assets a on a.id = s.asset_id
           where s.case_id = ${caseId} and s.status = 'released' and s.release_reason = 'unsold-no-acceptance'
           order by s.seq limit 1)),
      'interview', (select json_build_object('source', action, 'id', entity_id, 'on', changes->>'interviewedOn',
           'text', changes->>'methodName', 'agrees', (changes->>'agreesToTermination')::boolean)
         from events where case_id = ${caseId} and action = 'case.applicant-interviewed' order by seq desc limit 1)
    ) as facts,
    (select json_object_agg(d.id, json_build_object(
      'restriction', (select json_build_object('source', 'consumption_restrictions', 'id', r.id, 'on', r.approved_on, 'text', null)
         from consumption_restrictions r where r.debtor_party_id = d.id and r.case_id = ${caseId} and r.status = 'ordered'
         order by r.seq limit 1),
      'listing', (select json_build_object('source', 'dishonest_listings', 'id', l.id, 'on', l.approved_on, 'text', l.status)
         from dishonest_listings l where l.debtor_party_id = d.id and l.case_id = ${caseId} and l.status in ('decided', 'published')
         order by l.seq limit 1),
      'search', (select json_build_object('source', 'asset_searches', 'id', s.id,
           'on', to_char(s.started_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), 'text', null)
         from asset_searches s where s.case_id = ${caseId}
           and exists (select 1 from asset_search_requests q where q.search_id = s.id and q.debtor_party_id = d.id)
           and not exists (select 1 from asset_search_requests q join outbound_requests o on o.id = q.request_id
             where q.search_id = s.id and o.status in ('pending', 'sent'))
         order by s.seq desc limit 1),
      'waitingSearch', exists (select 1 from asset_search_requests q join outbound_requests o on o.id = q.request_id
         where q.case_id = ${caseId} and q.debtor_party_id = d.id and o.status in ('pending', 'sent')),
      'whereabouts', (select json_build_object('id', entity_id, 'missing', (changes->>'missing')::boolean,
           'searched', (changes->>'searched')::boolean, 'on', changes->>'recordedOn', 'measures', changes->>'measures')
         from events where case_id = ${caseId} and action = 'case.debtor-whereabouts-recorded'
           and changes->>'debtorPartyId' = d.id::text order by seq desc limit 1)
    )) from unnest(${[...debtorIds]}::uuid[]) as d(id)) as debtors`.execute(db);
  const r = rows[0]!;
  return { ...r.facts, leadsPending: Number(r.facts.leadsPending), debtors: r.debtors ?? {} };
}
