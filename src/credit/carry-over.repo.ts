import { sql } from 'kysely';
import type { Tx } from '../db/connection.ts';

// 恢复执行 carries the restriction and listing still in force to the 执恢 case, each to the same
// debtor's party row there (`parties`: old party id → new party id).

export type Moved = { restrictions: string[]; listings: string[] };

export async function moveLiveCredit(tx: Tx, fromCaseId: string, toCaseId: string, parties: ReadonlyMap<string, string>): Promise<Moved> {
  const moved: Moved = { restrictions: [], listings: [] };
  for (const [from, to] of parties) {
    const r = await sql<{ id: string }>`
      update consumption_restrictions set case_id = ${toCaseId}, debtor_party_id = ${to}
      where case_id = ${fromCaseId} and debtor_party_id = ${from} and status = 'ordered' returning id`.execute(tx);
    const l = await sql<{ id: string }>`
      update dishonest_listings set case_id = ${toCaseId}, debtor_party_id = ${to}
      where case_id = ${fromCaseId} and debtor_party_id = ${from} and status in ('decided', 'published') returning id`.execute(tx);
    moved.restrictions.push(...r.rows.map((x) => x.id));
    moved.listings.push(...l.rows.map((x) => x.id));
  }
  return { restrictions: moved.restrictions.sort(), listings: moved.listings.sort() };
}
