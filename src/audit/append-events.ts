import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, CopyRows } from '../db/connection.ts';
import { writeTogether, type Write } from '../db/statements.ts';
import { encodeCsv } from '../db/csv.ts';
import { GENESIS_HASH, chainHash, contentPrefix } from './hash.ts';
import type { Actor, NewEvent } from './audit.types.ts';

/** An event made ready before its transaction: everything but its place in the chain. */
export type PreparedEvent = {
  readonly courtId: number;
  readonly id: string;
  readonly prefix: string; // canonical JSON of the content, without the chain fields
  readonly csv: string; // its COPY columns before seq, prev_hash and hash
  readonly row: Record<string, unknown>;
};

const COLUMNS = ['court_id', 'id', 'case_id', 'actor_id', 'actor_name', 'occurred_at', 'action', 'entity_type', 'entity_id', 'changes'];

export function prepareEvents(actor: Actor, at: Date, events: readonly NewEvent[]): PreparedEvent[] {
  const occurredAt = new Date(Math.floor(at.getTime())).toISOString();
  return events.map((e) => {
    const id = randomUUID();
    const content = {
      courtId: e.courtId,
      id,
      caseId: e.caseId,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes,
    };
    const values = [
      e.courtId,
      id,
      e.caseId,
      actor.id,
      actor.name,
      occurredAt,
      e.action,
      e.entityType,
      e.entityId,
      JSON.stringify(e.changes),
    ];
    const row = Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]]));
    return { courtId: e.courtId, id, prefix: contentPrefix(content), csv: encodeCsv([values]).slice(0, -1), row };
  });
}

// Appends events to each court's hash chain inside the caller's transaction. The courts' chain
// head rows are locked FOR UPDATE (in court order), so concurrent writers in one court queue
// instead of forking its chain. Callers take their other row locks first and these last.
// The statements are the same for one event or fifty thousand: locking the heads, then writing the
// events and moving the heads in one statement (a court's first event creates its head first).
// `alongWith`: the caller's own writes (new rows, or rows it has locked), in that same statement.
export async function appendPreparedEvents(
  trx: Db,
  events: readonly PreparedEvent[],
  copy?: CopyRows,
  alongWith: readonly Write[] = [],
): Promise<void> {
  if (events.length === 0) return writeTogether(trx, alongWith);
  const courtIds = [...new Set(events.map((e) => e.courtId))].sort((a, b) => a - b);
  let heads = await lockHeads(trx, courtIds);
  if (heads.length < courtIds.length) {
    await sql`insert into audit_heads (court_id, last_seq, last_hash)
              select id, 0, ${GENESIS_HASH} from unnest(${courtIds}::int[]) as id
              on conflict (court_id) do nothing`.execute(trx);
    heads = await lockHeads(trx, courtIds);
  }
  const chain = new Map(heads.map((h) => [h.court_id, { seq: BigInt(h.last_seq), hash: h.last_hash }]));
  const linked = events.map((e) => {
    const head = chain.get(e.courtId)!;
    const seq = head.seq + 1n;
    const hash = chainHash(e.prefix, head.hash, seq);
    const link = { seq, prevHash: head.hash, hash };
    head.seq = seq;
    head.hash = hash;
    return { e, ...link };
  });
  const updated = courtIds.map((id) => ({ id, ...chain.get(id)! }));
  const moved = sql<{ id: number; seq: string; hash: string }>`(select unnest(${updated.map((u) => u.id)}::int[]) as id,
      unnest(${updated.map((u) => u.seq.toString())}::bigint[]) as seq, unnest(${updated.map((u) => u.hash)}::text[]) as hash)`.as('v');
  const moveHeads: Write = (db) =>
    db
      .updateTable('audit_heads')
      .from(moved)
      .set((eb) => ({ last_seq: eb.ref('v.seq'), last_hash: eb.ref('v.hash') }))
      .whereRef('audit_heads.court_id', '=', 'v.id');
  if (copy) {
    const text = linked.map((l) => `${l.e.csv},${l.seq},${l.prevHash},${l.hash}\n`).join('');
    await copy('events', [...COLUMNS, 'seq', 'prev_hash', 'hash'], text);
    return writeTogether(trx, [...alongWith, moveHeads]);
  }
  const rows = linked.map((l) => ({ ...l.e.row, seq: l.seq, prev_hash: l.prevHash, hash: l.hash }) as never);
  await writeTogether(trx, [...alongWith, (db) => db.insertInto('events').values(rows), moveHeads]);
}

const lockHeads = (trx: Db, courtIds: number[]) =>
  trx
    .selectFrom('audit_heads')
    .select(['court_id', 'last_seq', 'last_hash'])
    .where('court_id', 'in', courtIds)
    .orderBy('court_id')
    .forUpdate()
    .execute();

export const appendEvents = (trx: Db, actor: Actor, at: Date, events: readonly NewEvent[], copy?: CopyRows, alongWith?: readonly Write[]) =>
  appendPreparedEvents(trx, prepareEvents(actor, at, events), copy, alongWith);

/** Appends one event; `alongWith` are the caller's writes of the same change, sent in the same statement. */
export const appendEvent = (trx: Db, actor: Actor, at: Date, event: NewEvent, alongWith?: readonly Write[]) =>
  appendEvents(trx, actor, at, [event], undefined, alongWith);
