import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

// The SQL of a find's review (ADR 0215): per cycle of a case, the state of its dormant-find-review
// deadline and, when the officer decided not to resume, the reason of dormant.resumption-declined.

export type FindReviewRow = { cycle: number; state: string; declineReason: string | null };

export async function findReviewsOf(db: Executor, caseId: string): Promise<FindReviewRow[]> {
  const { rows } = await sql<{ subject: string; state: string; reason: string | null }>`
    select d.subject, d.state,
      (select e.changes->>'reason' from events e
        where e.case_id = d.case_id and e.action = 'dormant.resumption-declined'
          and e.entity_id = d.case_id::text || ':' || d.subject
        order by e.seq desc limit 1) as reason
    from deadlines d where d.case_id = ${caseId} and d.node = 'dormant-find-review'`.execute(db);
  return rows.map((r) => ({ cycle: Number(r.subject), state: r.state, declineReason: r.reason }));
}
