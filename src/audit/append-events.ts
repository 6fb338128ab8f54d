import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { copyInto, type Tx } from '../db/connection.ts';
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
// The statements are the same for one event or fifty thousand: a batch costs four round trips.
export async function appendPreparedEvents(trx: Tx, events: readonly PreparedEvent[], opts: { copy?: boolean } = {}): Promise<void> {
  if (events.length === 0) return;
  const courtIds = [...new Set(events.map((e) => e.courtId))].sort((a, b) => a - b);
  await sql`insert into audit_heads (court_id, last_seq, last_hash)
            select id, 0, ${GENESIS_HASH} from unnest(${courtIds}::int[]) as id
            on conflict (court_id) do nothing`.execute(trx);
  const heads = await trx
    .selectFrom('audit_heads')
    .select(['court_id', 'last_seq', 'last_hash'])
    .where('court_id', 'in', courtIds)
    .orderBy('court_id')
    .forUpdate()
    .execute();
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
  if (opts.copy) {
    const text = linked.map((l) => `${l.e.csv},${l.seq},${l.prevHash},${l.hash}\n`).join('');
    await copyInto(trx, 'events', [...COLUMNS, 'seq', 'prev_hash', 'hash'], text);
  } else {
    await trx
      .insertInto('events')
      .values(linked.map((l) => ({ ...l.e.row, seq: l.seq, prev_hash: l.prevHash, hash: l.hash }) as never))
      .execute();
  }
  const updated = courtIds.map((id) => ({ id, ...chain.get(id)! }));
  await sql`update audit_heads set last_seq = v.seq, last_hash = v.hash
            from (select unnest(${updated.map((u) => u.id)}::int[]) as id, unnest(${updated.map((u) => u.seq.toString())}::bigint[]) as seq,
                         unnest(${updated.map((u) => u.hash)}::text[]) as hash) as v
            where audit_heads.court_id = v.id`.execute(trx);
}

export const appendEvents = (trx: Tx, actor: Actor, at: Date, events: readonly NewEvent[]) =>
  appendPreparedEvents(trx, prepareEvents(actor, at, events));

export const appendEvent = (trx: Tx, actor: Actor, at: Date, event: NewEvent) => appendEvents(trx, actor, at, [event]);
