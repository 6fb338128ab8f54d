import { sql, type Insertable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { EventsTable } from '../db/schema.ts';
import { insertRows, type Write } from '../db/statements.ts';

export type ChainHead = { courtId: number; seq: bigint; hash: string };

/** Locks the chain heads of these courts, creating missing ones at `genesis`; in court order, last of all locks. */
export async function lockChainHeads(trx: Tx, courtIds: readonly number[], genesis: string): Promise<ChainHead[]> {
  let heads = await selectHeadsForUpdate(trx, courtIds);
  // A court's first event creates its head: one more round trip, once per court.
  if (heads.length < courtIds.length) {
    await sql`insert into audit_heads (court_id, last_seq, last_hash)
              select id, 0, ${genesis} from unnest(${courtIds}::int[]) as id
              on conflict (court_id) do nothing`.execute(trx);
    heads = await selectHeadsForUpdate(trx, courtIds);
  }
  return heads.map((h) => ({ courtId: h.court_id, seq: BigInt(h.last_seq), hash: h.last_hash }));
}

const selectHeadsForUpdate = async (trx: Tx, courtIds: readonly number[]) =>
  (
    await sql<{ court_id: number; last_seq: bigint; last_hash: string }>`select court_id, last_seq, last_hash from audit_heads
      where court_id = any(${courtIds}::int[]) order by court_id for update`.execute(trx)
  ).rows;

const EVENT_COLUMNS = [
  'court_id',
  'id',
  'case_id',
  'actor_id',
  'actor_name',
  'occurred_at',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'seq',
  'prev_hash',
  'hash',
] as const;

/** The write of new events, to run alone or within a larger statement (see writeTogether). */
export const eventsWrite = (rows: readonly Insertable<EventsTable>[]): Write => insertRows('events', EVENT_COLUMNS, rows);

/** The write that moves the chain heads to their new last events. */
export const headsWrite = (heads: readonly ChainHead[]): Write =>
  sql`update audit_heads set last_seq = v.seq, last_hash = v.hash
      from (select unnest(${heads.map((u) => u.courtId)}::int[]) as id, unnest(${heads.map((u) => u.seq.toString())}::bigint[]) as seq,
                   unnest(${heads.map((u) => u.hash)}::text[]) as hash) as v
      where audit_heads.court_id = v.id`;

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

const EVENT_CASTS = ['int', 'uuid', 'uuid', 'uuid', 'text', 'timestamptz', 'text', 'text', 'text', 'jsonb'] as const;

/**
 * One court's events appended in one statement, the caller's `alongWith` writes in it too: the
 * court's chain head is locked there (FOR UPDATE: it returns the head as the last committed writer
 * left it), each event is linked in SQL exactly as chainHash links it in code (sha256 over the
 * content prefix and the chain fields), and the head moves. The head is held only for what is left
 * of this statement and the commit. A court without a head starts from `genesis`; two first events
 * of one court at once cannot fork its chain (the second's seq 1 breaks the events' primary key).
 */
export function linkedAppendWrite(
  courtId: number,
  events: readonly { prefix: string; row: Omit<Insertable<EventsTable>, 'seq' | 'prev_hash' | 'hash'> }[],
  genesis: string,
  alongWith: readonly Write[],
): Write {
  const link = (i: number, from: string) =>
    sql`${sql.raw(`l${i}`)} as (select f.seq + 1 as seq, f.hash as prev,
      encode(sha256(convert_to(${events[i]!.prefix} || ',"prevHash":"' || f.hash || '","seq":"' || (f.seq + 1)::text || '"}', 'UTF8')), 'hex') as hash
      from ${sql.raw(from)} f)`;
  const links = events.map((_, i) => link(i, i === 0 ? 'start' : `l${i - 1}`));
  const inserts = events.map((e, i) => {
    const r = e.row as Record<string, unknown>;
    const values = EVENT_COLUMNS.slice(0, 10).map((c, k) => sql`${r[c] ?? null}::${sql.raw(EVENT_CASTS[k]!)}`);
    return sql`${sql.raw(`e${i}`)} as (insert into events (${sql.raw(EVENT_COLUMNS.join(', '))})
      select ${sql.join(values)}, l.seq, l.prev, l.hash from ${sql.raw(`l${i}`)} l)`;
  });
  const writes = alongWith.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`);
  const last = `l${events.length - 1}`;
  return sql`with head as (
      select last_seq as seq, last_hash as hash from audit_heads where court_id = ${courtId} for update),
    start as (select seq, hash from head union all select 0::bigint, ${genesis}::text where not exists (select 1 from head)),
    ${sql.join([...links, ...writes, ...inserts])}
    insert into audit_heads (court_id, last_seq, last_hash) select ${courtId}::int, seq, hash from ${sql.raw(last)}
    on conflict (court_id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash`;
}
