import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The asset register, seizures with their waiting list, and the receipts deductions bring in
// (src/assets). `assets` is one row per (kind, registry identifier) for the whole system, so that
// cases in any court that touch the same asset meet on it (ADR 0100); the rest is case-scoped.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table assets (
      id uuid primary key,
      kind text not null,
      identifier text not null,
      identifier_display text not null,
      institution text,
      owner_name text,
      owner_id_number text,
      estimated_value bigint check (estimated_value >= 0),
      encumbrances jsonb not null default '[]',
      exempt jsonb not null default '[]',
      details jsonb not null default '{}',
      created_at timestamptz not null,
      unique (kind, identifier)
    );

    create table case_assets (
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      source text not null check (source in ('search','report','lead','officer')),
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null,
      primary key (case_id, asset_id)
    );
    create index case_assets_asset_idx on case_assets(asset_id);

    create table seizures (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      measure text not null check (measure in ('freeze','seal','seize')),
      status text not null check (status in ('effective','waiting','released','lapsed')),
      ruled_on date not null,
      notice_on date not null,
      effective_from date,
      expires_on date,
      term_kind text not null,
      renewals integer not null default 0,
      amount bigint check (amount >= 0),
      deducted bigint not null default 0 check (deducted >= 0),
      live boolean not null default false,
      ended_on date,
      release_reason text,
      release_note text,
      registered_at timestamptz not null,
      registered_by_name text not null,
      check (status <> 'effective' or (expires_on is not null and effective_from is not null)),
      check (status <> 'waiting' or expires_on is null),
      check (amount is null or deducted <= amount)
    );
    create index seizures_expiry_idx on seizures(expires_on, status);
    create index seizures_asset_queue_idx on seizures(asset_id, seq) where status in ('effective','waiting');
    create index seizures_case_idx on seizures(case_id, seq);
    create index seizures_register_idx on seizures(court_id, status, expires_on);
    create unique index seizures_one_effective_idx on seizures(asset_id) where status = 'effective';
    create unique index seizures_one_per_case_idx on seizures(case_id, asset_id) where status in ('effective','waiting');

    create table case_receipts (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      amount bigint not null check (amount > 0),
      received_on date not null,
      source text not null check (source in ('deduction')),
      seizure_id uuid references seizures(id),
      confirmation text,
      recorded_at timestamptz not null,
      recorded_by_name text not null
    );
    create index case_receipts_case_idx on case_receipts(case_id, seq);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
