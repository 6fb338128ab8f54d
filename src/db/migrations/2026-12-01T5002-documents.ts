import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Generated legal instruments (DOCX) with their SHA-256, and the record of their service (送达).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table documents (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null,
      title text not null,
      bundle text,
      addressee text not null,
      file_name text not null,
      content_type text not null,
      byte_size integer not null check (byte_size > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      template_version text not null,
      data jsonb not null,
      issued_on date not null,
      generated_at timestamptz not null,
      generated_by uuid,
      generated_by_name text not null
    );
    create index documents_case_idx on documents(case_id, seq);
    create index documents_bundle_idx on documents(case_id, bundle, seq) where bundle is not null;

    create table document_services (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      document_id uuid not null references documents(id),
      method text not null check (method in ('direct','left-at-address','post','electronic','entrusted','public-notice')),
      served_on date not null,
      deemed_served_on date not null,
      recipient_name text not null,
      recipient_role text,
      address text,
      note text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null
    );
    create index document_services_document_idx on document_services(document_id, seq);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
