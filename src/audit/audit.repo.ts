import { sql, type Insertable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { EventsTable } from '../db/schema.ts';

export type ChainHead = { courtId: number; seq: bigint; hash: string };

/** Locks the chain heads of these courts, creating missing ones at `genesis`; in court order, last of all locks. */
export async function lockChainHeads(trx: Tx, courtIds: readonly number[], genesis: string): Promise<ChainHead[]> {
  await sql`insert into audit_heads (court_id, last_seq, last_hash)
            select id, 0, ${genesis} from unnest(${courtIds}::int[]) as id
            on conflict (court_id) do nothing`.execute(trx);
  const heads = await trx
    .selectFrom('audit_heads')
    .select(['court_id', 'last_seq', 'last_hash'])
    .where('court_id', 'in', courtIds as number[])
    .orderBy('court_id')
    .forUpdate()
    .execute();
  return heads.map((h) => ({ courtId: h.court_id, seq: BigInt(h.last_seq), hash: h.last_hash }));
}

export async function insertEvents(trx: Tx, rows: readonly Insertable<EventsTable>[]): Promise<void> {
  if (rows.length) await trx.insertInto('events').values(rows).execute();
}

export async function moveChainHeads(trx: Tx, heads: readonly ChainHead[]): Promise<void> {
  await sql`update audit_heads set last_seq = v.seq, last_hash = v.hash
            from (select unnest(${heads.map((u) => u.courtId)}::int[]) as id, unnest(${heads.map((u) => u.seq.toString())}::bigint[]) as seq,
                         unnest(${heads.map((u) => u.hash)}::text[]) as hash) as v
            where audit_heads.court_id = v.id`.execute(trx);
}

/** Every chain head with its court's code, in court order; `courtIds` narrows them. */
export async function chainHeadsWithCodes(db: Executor, courtIds?: readonly number[]) {
  let q = db
    .selectFrom('audit_heads')
    .innerJoin('courts', 'courts.id', 'audit_heads.court_id')
    .select(['audit_heads.court_id', 'audit_heads.last_seq', 'audit_heads.last_hash', 'courts.code'])
    .orderBy('audit_heads.court_id');
  if (courtIds) q = q.where('audit_heads.court_id', 'in', courtIds.length ? (courtIds as number[]) : [-1]);
  return q.execute();
}

/** A court's events after `after`, in chain order. */
export function chainEventsAfter(db: Executor, courtId: number, after: bigint, limit: number) {
  return db.selectFrom('events').selectAll().where('court_id', '=', courtId).where('seq', '>', after).orderBy('seq').limit(limit).execute();
}

/** Events of courts that have no chain head at all: written around the chain. */
export async function eventsWithoutHead(db: Executor) {
  const r = await sql<{ court_id: number; seq: bigint; id: string; code: string }>`
    select e.court_id, e.seq, e.id, c.code from events e join courts c on c.id = e.court_id
    where not exists (select 1 from audit_heads h where h.court_id = e.court_id) order by e.court_id, e.seq`.execute(db);
  return r.rows;
}
