import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Indexes in the list's own order (filed_on desc, id desc), so that a page reads its rows off the
// index instead of sorting every case of the court; the old ones had id ascending and are replaced.
// Searches by party name and by case number use pg_trgm GIN indexes (pg_trgm is a trusted
// extension: the database owner may create it; PGlite loads it at open).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create extension if not exists pg_trgm;

    create index cases_court_list_idx on cases (court_id, filed_on desc, id desc);
    create index cases_court_status_list_idx on cases (court_id, status, filed_on desc, id desc);
    create index cases_officer_list_idx on cases (officer_id, filed_on desc, id desc) where officer_id is not null;
    drop index cases_court_filed_idx;
    drop index cases_court_status_idx;
    drop index cases_officer_idx;

    -- Case detail lists the 执恢 cases resumed from this one.
    create index cases_resumed_from_idx on cases (resumed_from_id) where resumed_from_id is not null;

    -- A case number as a clerk may type it: full-width digits, half- or full-width or other
    -- brackets, spaces. The key is the number with ASCII digits, （） brackets and no white space.
    create function normalize_case_number(t text) returns text language sql immutable strict parallel safe
      return translate(regexp_replace(t, '\\s', '', 'g'), '０１２３４５６７８９()〔〕[]【】', '0123456789（）（）（）（）');
    alter table cases add column case_number_normalized text generated always as (normalize_case_number(case_number)) stored;
    -- A whole number is found by equality; a fragment (执152) through trigrams. Trigrams alone are
    -- slow for a whole number: its year and court code are in every row of the court.
    create index cases_case_number_normalized_idx on cases (case_number_normalized);
    create index cases_case_number_normalized_trgm_idx on cases using gin (case_number_normalized gin_trgm_ops);

    -- pg_trgm needs three characters, and most Chinese names have two or three: the index holds
    -- the names with every character doubled (张伟 → 张张伟伟), so that a two-character fragment
    -- has trigrams too. Doubling keeps the match exact: doubled(a) contains doubled(b) iff a contains b.
    create function trigram_doubled(t text) returns text language sql immutable strict parallel safe
      return regexp_replace(t, '(.)', '\\1\\1', 'g');
    create index cases_party_names_trgm_idx on cases using gin (trigram_doubled(applicant_names || ' ' || debtor_names) gin_trgm_ops);
    analyze cases;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
