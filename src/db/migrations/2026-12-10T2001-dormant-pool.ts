import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// 终本案件库 (src/dormant, ADR 0213): every case closed as 终结本次执行程序, with what is still owed,
// its re-search cycle (the row's own state: the cycle last sent and the next one's day) and how it
// left the pool; and each cycle's search and its result. Cases already closed as 终本 are entered
// here (the five years and the cycles counted from their closure; entry 7 days after it, the default).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table dormant_cases (
      case_id uuid primary key references cases(id),
      court_id integer not null references courts(id),
      closed_on date not null,
      entered_on date not null,
      outstanding_fen bigint not null,
      research_cycle integer not null default 0 check (research_cycle between 0 and 10),
      last_search_on date,
      next_search_due date,
      ends_on date not null,
      status text not null default 'in-pool' check (status in ('in-pool','exited')),
      exit_kind text check (exit_kind in ('resumed','paid','bankruptcy','terminated')),
      exited_on date,
      entered_at timestamptz not null
    );
    create index dormant_cases_due_idx on dormant_cases(next_search_due, case_id) where status = 'in-pool';
    create index dormant_cases_court_idx on dormant_cases(court_id, closed_on);

    create table dormant_researches (
      court_id integer not null references courts(id),
      case_id uuid not null references dormant_cases(case_id),
      cycle integer not null check (cycle between 1 and 10),
      due_on date not null,
      sent_on date not null,
      search_id uuid not null references asset_searches(id),
      requests integer not null,
      answered integer not null default 0,
      answered_on date,
      findings integer not null default 0,
      value_fen bigint not null default 0,
      notice text,
      primary key (case_id, cycle)
    );
    create unique index dormant_researches_search_idx on dormant_researches(search_id);

    insert into dormant_cases (case_id, court_id, closed_on, entered_on, outstanding_fen, next_search_due, ends_on, entered_at)
    select c.id, c.court_id, c.closed_on, c.closed_on + 7,
      greatest(c.claim_amount - coalesce((select sum(r.amount) from funds_receipts r where r.case_id = c.id), 0), 0),
      (c.closed_on + interval '6 months')::date, (c.closed_on + interval '5 years')::date, now()
    from cases c
    where c.status = 'closed' and c.closure_mode = 'current-procedure-terminated' and c.closed_on is not null;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
