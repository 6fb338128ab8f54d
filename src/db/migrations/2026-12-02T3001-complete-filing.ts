import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// A complete filing: the case's 案由 and 申请执行日期; the 执行依据's kind; each party's document
// type, 住所, 送达地址 with the day its confirmation was signed, phone and 委托代理人. Rows filed
// before keep what they had: persons a 居民身份证, organisations a 统一社会信用代码, and a title whose
// number reads as a court case number a court judgment (otherwise 'other').
// Indexes for the clerk's searches: a fragment of an ID number or credit code, and the 执行依据's
// number (whole by equality, also for the duplicate-filing check; a fragment through trigrams).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table cases add column cause text;
    alter table cases add column applied_on date;

    alter table case_titles add column issuer_type text not null default 'other';
    update case_titles set issuer_type = 'court-judgment'
      where normalize_case_number(document_number) ~ '^（\\d{4}）.*号$';

    alter table case_parties add column id_type text;
    update case_parties set id_type = case when kind = 'person' then 'resident-id' else 'credit-code' end;
    alter table case_parties alter column id_type set not null;
    alter table case_parties add column address text;
    alter table case_parties add column service_address text;
    alter table case_parties add column address_confirmed_on date;
    alter table case_parties add column phone text;
    alter table case_parties add column agents jsonb not null default '[]';

    create index case_parties_id_number_trgm_idx on case_parties using gin (id_number gin_trgm_ops) where id_number is not null;
    create index case_parties_credit_code_trgm_idx on case_parties using gin (credit_code gin_trgm_ops) where credit_code is not null;
    create index case_titles_number_idx on case_titles (court_id, normalize_case_number(document_number));
    create index case_titles_number_trgm_idx on case_titles using gin (normalize_case_number(document_number) gin_trgm_ops);
    create index cases_court_amount_idx on cases (court_id, claim_amount desc, id desc);
    analyze case_parties;
    analyze case_titles;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
