import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Disposal of seized assets (src/disposal): the reference-price process per case and asset, the
// auction rounds on a platform, and the sale (变卖) or 以物抵债 after failed rounds. Their money
// lands in case_receipts with a source of its own (ADR 0130).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table reference_prices (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      seizure_id uuid not null references seizures(id),
      started_on date not null,
      status text not null check (status in ('running','fixed')),
      appraisal_required boolean not null default false,
      directed_requested boolean not null default false,
      steps jsonb not null default '[]',
      method text,
      price bigint check (price > 0),
      fixed_on date,
      valid_until date,
      created_at timestamptz not null,
      created_by_name text not null,
      check (status <> 'fixed' or (price is not null and fixed_on is not null and valid_until is not null))
    );
    create index reference_prices_case_idx on reference_prices(case_id, asset_id, seq);

    create table auction_rounds (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      reference_price_id uuid not null references reference_prices(id),
      round integer not null check (round in (1, 2)),
      platform text not null,
      starting_price bigint not null check (starting_price > 0),
      deposit bigint not null check (deposit > 0),
      increment bigint not null default 0 check (increment >= 0),
      announced_on date not null,
      bidding_starts_at timestamptz not null,
      bidding_ends_at timestamptz not null,
      status text not null check (status in ('announced','sold','unsold','withdrawn','defaulted','paid')),
      ended_at timestamptz,
      outcome_on date,
      buyer text,
      price bigint check (price > 0),
      reason text,
      bids jsonb,
      created_at timestamptz not null,
      created_by_name text not null
    );
    create index auction_rounds_case_idx on auction_rounds(case_id, asset_id, seq);

    create table asset_sales (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      after_round_id uuid not null references auction_rounds(id),
      kind text not null check (kind in ('sale','set-off')),
      price bigint not null check (price > 0),
      started_on date not null,
      period_ends_on date,
      status text not null check (status in ('open','sold','unsold','done')),
      counterparty text,
      consent_on date,
      completed_on date,
      created_at timestamptz not null,
      created_by_name text not null
    );
    create index asset_sales_case_idx on asset_sales(case_id, asset_id, seq);

    alter table case_receipts drop constraint case_receipts_source_check;
    alter table case_receipts add constraint case_receipts_source_check check (source in ('deduction','auction','sale','set-off'));
    alter table case_receipts add column disposal_id uuid;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
