import { sql } from 'kysely';
import type { Tx } from '../db/connection.ts';

// 恢复执行 carries the seizures still in force from the closed case to its 执恢 case: the rows,
// the assets' links, and the open deadlines that watch them move together, under the case locks.

/** Moves the case's effective and waiting seizures to `toCaseId`; answers their ids. */
export async function moveLiveSeizures(tx: Tx, fromCaseId: string, toCaseId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    update seizures set case_id = ${toCaseId}
    where case_id = ${fromCaseId} and status in ('effective', 'waiting')
    returning id`.execute(tx);
  const ids = rows.map((r) => r.id).sort();
  if (ids.length === 0) return ids;
  await sql`
    insert into case_assets (court_id, case_id, asset_id, source, recorded_at, recorded_by, recorded_by_name)
    select ca.court_id, ${toCaseId}, ca.asset_id, ca.source, ca.recorded_at, ca.recorded_by, ca.recorded_by_name
    from case_assets ca
    where ca.case_id = ${fromCaseId} and ca.asset_id in (select asset_id from seizures where id in (${sql.join(ids)}))
    on conflict do nothing`.execute(tx);
  // The deadlines of a seizure name it as their subject (the renewal term, the disposal start).
  await sql`
    update deadlines set case_id = ${toCaseId}
    where case_id = ${fromCaseId} and state in ('open', 'overdue') and split_part(subject, '#', 1) in (${sql.join(ids)})`.execute(tx);
  return ids;
}
