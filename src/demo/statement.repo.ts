import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

// The demo statement's reads (seed-statement.ts).

export type Running = { caseNumber: string; accountNumber: string; debtor: string };

/** The court's oldest running cases, with the account number each has (一案一账号: src/funds/ledger.repo.ts) and its first debtor. */
export async function runningCases(db: Executor, courtId: number, n: number): Promise<Running[]> {
  const r = await sql<Running>`select c.case_number as "caseNumber",
      '7' || lpad(c.court_id::text, 6, '0') || c.year::text
        || case c.type when 'first' then '1' when 'resumed' then '2' else '3' end || lpad(c.serial::text, 6, '0') as "accountNumber",
      (select p.name from case_parties p where p.case_id = c.id and p.role = 'debtor' order by p.position limit 1) as debtor
    from cases c where c.court_id = ${courtId} and c.status = 'in-progress'
    order by c.filed_on, c.serial limit ${n}`.execute(db);
  return r.rows;
}
