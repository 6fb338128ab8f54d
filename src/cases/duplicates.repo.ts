import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { CaseStatus } from './cases.types.ts';

export type DuplicateRow = {
  id: string;
  case_number: string;
  filed_on: string;
  status: CaseStatus;
  applicant_names: string;
  debtor_names: string;
};

/**
 * The cases of this court on the same 执行依据 (its number as normalised for search) that share a
 * party's number with the new filing (any, when it names none): through case_titles_number_idx.
 */
export async function casesOnTitle(db: Executor, q: TitleQuery): Promise<DuplicateRow[]> {
  return (await casesOnTitleQuery(q).execute(db)).rows;
}

export type TitleQuery = { courtId: number; documentNumber: string; identities: readonly string[]; exceptId?: string | null };

/** casesOnTitle's query, to run alone or inside a larger statement (the filing's serial: allocateSerialReading). */
export function casesOnTitleQuery(q: TitleQuery): RawBuilder<DuplicateRow> {
  const ids = [...q.identities];
  return sql<DuplicateRow>`
    select c.id, c.case_number, c.filed_on, c.status, c.applicant_names, c.debtor_names
    from case_titles t join cases c on c.id = t.case_id
    where t.court_id = ${q.courtId} and normalize_case_number(t.document_number) = normalize_case_number(${q.documentNumber})
      and c.id <> ${q.exceptId ?? '00000000-0000-0000-0000-000000000000'}::uuid
      and (${ids.length === 0} or exists (select 1 from case_parties p where p.case_id = c.id
            and (p.id_number = any(${ids}::text[]) or p.credit_code = any(${ids}::text[]))))
    order by c.filed_on, c.case_number limit 10`;
}
