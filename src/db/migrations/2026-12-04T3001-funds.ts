import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Case funds (src/funds, ADR 0140): one account per case under its court's enforcement-money
// master account, an append-only double-entry ledger, receipts, unmatched receipts (暂存款),
// statement lines, payees' confirmed accounts, holds and payouts in approval steps.
// Money is integer fen. Every row carries court_id (architecture: scale path).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table funds_accounts (
      id uuid primary key,
      court_id integer not null references courts(id),
      case_id uuid unique references cases(id),
      kind text not null check (kind in ('master','suspense','case')),
      number text not null unique,
      status text not null default 'open' check (status in ('open','closed')),
      balance bigint not null default 0 check (balance >= 0),
      held bigint not null default 0 check (held >= 0 and held <= balance),
      received bigint not null default 0 check (received >= 0),
      paid_out bigint not null default 0 check (paid_out >= 0),
      opened_at timestamptz not null,
      check ((kind = 'case') = (case_id is not null))
    );
    create unique index funds_accounts_court_kind_idx on funds_accounts(court_id, kind) where kind in ('master','suspense');

    create table ledger_transactions (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid references cases(id),
      kind text not null check (kind in ('receipt','claim','payout','refund','reversal')),
      posting_key text not null unique,
      amount bigint not null check (amount > 0),
      posted_on date not null,
      posted_at timestamptz not null,
      posted_by_name text not null,
      memo text not null,
      reverses uuid references ledger_transactions(id)
    );
    create index ledger_transactions_case_idx on ledger_transactions(case_id, seq);

    create table ledger_entries (
      id bigint generated always as identity primary key,
      transaction_id uuid not null references ledger_transactions(id),
      court_id integer not null references courts(id),
      account_id uuid not null references funds_accounts(id),
      case_id uuid references cases(id),
      amount bigint not null check (amount <> 0),
      posted_at timestamptz not null
    );
    create index ledger_entries_account_idx on ledger_entries(account_id, id);
    create index ledger_entries_transaction_idx on ledger_entries(transaction_id);
    create function ledger_entries_append_only() returns trigger language plpgsql as $$ begin raise exception 'ledger entries are append-only: post a reversing transaction'; end $$;
    create trigger ledger_entries_append_only before update or delete on ledger_entries for each row execute function ledger_entries_append_only();

    create table funds_receipts (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      transaction_id uuid not null unique references ledger_transactions(id),
      amount bigint not null check (amount > 0),
      received_on date not null,
      payer_name text not null,
      payer_account text,
      reference text,
      source text not null check (source in ('manual','statement','institution','deduction','claim','auction','sale')),
      unmatched_id uuid,
      deduction_receipt_id uuid references case_receipts(id),
      pay_by date not null,
      recorded_at timestamptz not null,
      recorded_by_name text not null
    );
    create index funds_receipts_case_idx on funds_receipts(case_id, seq);

    create table funds_statement_lines (
      id uuid primary key,
      court_id integer not null references courts(id),
      line_key text not null,
      amount bigint not null check (amount > 0),
      received_on date not null,
      payer_name text not null,
      payer_account text,
      payer_id_number text,
      account_number text,
      remark text,
      bank_reference text not null,
      outcome text not null check (outcome in ('posted','unmatched')),
      receipt_id uuid references funds_receipts(id),
      imported_at timestamptz not null,
      imported_by_name text not null,
      unique (court_id, line_key)
    );

    create table funds_unmatched (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      line_id uuid not null unique references funds_statement_lines(id),
      transaction_id uuid not null references ledger_transactions(id),
      amount bigint not null check (amount > 0),
      received_on date not null,
      payer_name text not null,
      payer_account text,
      payer_id_number text,
      remark text,
      claim_by date not null,
      state text not null default 'waiting' check (state in ('waiting','claimed')),
      claimed_case_id uuid references cases(id),
      receipt_id uuid references funds_receipts(id),
      claimed_at timestamptz,
      claimed_by_name text
    );
    create index funds_unmatched_court_idx on funds_unmatched(court_id, state, seq);

    create table funds_payees (
      party_id uuid primary key references case_parties(id),
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      account_name text not null,
      account_number text not null,
      bank_name text not null,
      confirmed_at timestamptz not null,
      confirmed_by_name text not null
    );

    create table funds_payouts (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      party_id uuid not null references case_parties(id),
      party_name text not null,
      amount bigint not null check (amount > 0),
      status text not null check (status in ('pending','instructed','paid','failed','rejected')),
      current_step integer not null default 0,
      awaiting_role text,
      payee_account_name text not null,
      payee_account_number text not null,
      payee_bank_name text not null,
      payout_transaction_id uuid references ledger_transactions(id),
      refund_transaction_id uuid references ledger_transactions(id),
      bank_reference text,
      requested_by uuid,
      requested_by_name text not null,
      requested_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index funds_payouts_case_idx on funds_payouts(case_id, seq);
    create index funds_payouts_awaiting_idx on funds_payouts(court_id, awaiting_role, seq) where status = 'pending';

    create table funds_payout_decisions (
      payout_id uuid not null references funds_payouts(id),
      step integer not null,
      court_id integer not null references courts(id),
      role text not null,
      decision text not null check (decision in ('approve','reject')),
      opinion text,
      decided_by uuid,
      decided_by_name text not null,
      decided_at timestamptz not null,
      primary key (payout_id, step)
    );

    create table funds_holds (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null,
      amount bigint not null check (amount > 0),
      reason text not null,
      approved_by_name text,
      payout_id uuid references funds_payouts(id),
      state text not null default 'active' check (state in ('active','released')),
      created_at timestamptz not null,
      released_at timestamptz
    );
    create index funds_holds_case_idx on funds_holds(case_id, state);
    create unique index funds_holds_payout_idx on funds_holds(payout_id) where payout_id is not null;

    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check
      check (role in ('administrator','judge','enforcer','clerk','bureau-head','coordinator','party','public','institution','finance'));

    insert into funds_accounts (id, court_id, kind, number, opened_at)
      select gen_random_uuid(), id, 'master', '7' || lpad(id::text, 6, '0'), now() from courts;
    insert into funds_accounts (id, court_id, kind, number, opened_at)
      select gen_random_uuid(), id, 'suspense', '7' || lpad(id::text, 6, '0') || '00000000000', now() from courts;
    insert into funds_accounts (id, court_id, case_id, kind, number, opened_at)
      select gen_random_uuid(), c.court_id, c.id, 'case',
        '7' || lpad(c.court_id::text, 6, '0') || c.year::text
          || case c.type when 'first' then '1' when 'resumed' then '2' else '3' end || lpad(c.serial::text, 6, '0'),
        c.created_at
      from cases c
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
