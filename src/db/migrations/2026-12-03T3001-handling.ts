import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The first steps on a case and the officer's work in the field: the debtor's asset report (财产
//报告) with its items and verification, sanctions for breaching the reporting duty (罚款, 拘留),
// asset leads (财产线索), on-site enforcement records (现场执行) with their evidence files and the
// chain of custody of each file. Every row carries court_id (architecture: scale path).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table asset_reports (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      order_id uuid not null references documents(id),
      debtor_name text not null,
      debtor_kind text not null check (debtor_kind in ('person','organization')),
      reported_on date not null,
      report_due_on date not null,
      late boolean not null,
      complete boolean not null,
      declares_none boolean not null,
      note text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null
    );
    create index asset_reports_case_idx on asset_reports(case_id, seq);
    create index asset_reports_order_idx on asset_reports(order_id, seq);

    create table asset_report_items (
      id uuid primary key,
      report_id uuid not null references asset_reports(id),
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      position integer not null,
      kind text not null,
      identifier text,
      identifier_key text,
      description text not null,
      value_fen bigint check (value_fen >= 0),
      change_kind text,
      changed_on date,
      change_note text,
      check ((change_kind is null) = (changed_on is null)),
      unique (report_id, position)
    );

    create table asset_report_verifications (
      id uuid primary key,
      report_id uuid not null unique references asset_reports(id),
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      verified_on date not null,
      outcome text not null check (outcome in ('consistent','incomplete','false')),
      note text,
      verified_by uuid,
      verified_by_name text not null,
      recorded_at timestamptz not null
    );

    create table report_sanctions (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      order_id uuid not null references documents(id),
      report_id uuid references asset_reports(id),
      measure text not null check (measure in ('fine','detention')),
      ground text not null check (ground in ('late-report','refused-report','false-report')),
      subject_name text not null,
      subject_kind text not null check (subject_kind in ('person','organization')),
      detainee text,
      amount_fen bigint,
      days integer,
      start_on date,
      end_on date,
      decided_on date not null,
      note text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null,
      check (measure <> 'fine' or (amount_fen > 0 and days is null)),
      check (measure <> 'detention' or (days between 1 and 15 and start_on is not null and end_on is not null and amount_fen is null))
    );
    create index report_sanctions_case_idx on report_sanctions(case_id, seq);

    create table asset_leads (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null,
      identifier text,
      identifier_key text,
      description text not null,
      urgent boolean not null,
      submitted_on date not null,
      verify_due_on date not null,
      source text not null check (source in ('party','officer')),
      submitted_by uuid,
      submitted_by_name text not null,
      submitted_at timestamptz not null,
      outcome text check (outcome in ('verified-found','not-found','not-verifiable')),
      outcome_on date,
      outcome_note text,
      outcome_by uuid,
      outcome_by_name text,
      outcome_at timestamptz,
      check ((outcome is null) = (outcome_on is null))
    );
    create index asset_leads_case_idx on asset_leads(case_id, seq);

    create table onsite_records (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      started_at timestamptz not null,
      ended_at timestamptz,
      place text not null,
      actions text not null,
      team jsonb not null,
      present jsonb not null,
      sanctions jsonb not null,
      note text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null,
      check (ended_at is null or ended_at >= started_at)
    );
    create index onsite_records_case_idx on onsite_records(case_id, seq);

    create table evidence_files (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      record_id uuid not null references onsite_records(id),
      kind text not null check (kind in ('photo','video','document')),
      file_name text not null,
      content_type text not null,
      byte_size integer not null check (byte_size > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      captured_at timestamptz not null,
      description text,
      uploaded_at timestamptz not null,
      uploaded_by uuid,
      uploaded_by_name text not null
    );
    create index evidence_files_record_idx on evidence_files(record_id, seq);

    create table evidence_custody (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      evidence_id uuid not null references evidence_files(id),
      action text not null check (action in ('uploaded','viewed','downloaded','verified')),
      at timestamptz not null,
      user_id uuid,
      user_name text not null,
      outcome text check (outcome in ('unchanged','changed'))
    );
    create index evidence_custody_evidence_idx on evidence_custody(evidence_id, seq);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
