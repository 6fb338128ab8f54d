import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, CopyRows } from '../db/connection.ts';
import { GENESIS_HASH, eventHash } from './hash.ts';
import type { Actor, NewEvent } from './audit.types.ts';

// Appends events to each court's hash chain inside the caller's transaction. The courts' chain
// head rows are locked FOR UPDATE (in court order), so concurrent writers in one court queue
// instead of forking its chain. Callers take their other row locks first and these last.
// The statements are the same for one event or fifty thousand: a batch costs four round trips.
export async function appendEvents(trx: Db, actor: Actor, at: Date, events: readonly NewEvent[], copy?: CopyRows): Promise<void> {
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
  const occurredAt = new Date(Math.floor(at.getTime())).toISOString();
  const rows = events.map((e) => {
    const head = chain.get(e.courtId)!;
    const content = {
      courtId: e.courtId,
      seq: head.seq + 1n,
      id: randomUUID(),
      caseId: e.caseId,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes,
      prevHash: head.hash,
    };
    const hash = eventHash(content);
    head.seq = content.seq;
    head.hash = hash;
    return { ...content, hash };
  });
  const columns = [
    'court_id',
    'seq',
    'id',
    'case_id',
    'actor_id',
    'actor_name',
    'occurred_at',
    'action',
    'entity_type',
    'entity_id',
    'changes',
    'prev_hash',
    'hash',
  ];
  const values = rows.map((r) => [
    r.courtId,
    r.seq,
    r.id,
    r.caseId,
    r.actorId,
    r.actorName,
    r.occurredAt,
    r.action,
    r.entityType,
    r.entityId,
    JSON.stringify(r.changes),
    r.prevHash,
    r.hash,
  ]);
  if (copy) {
    await copy('events', columns, values);
  } else {
    for (let i = 0; i < values.length; i += 1000) {
      const chunk = values.slice(i, i + 1000);
      await sql`insert into events (${sql.raw(columns.join(','))}) values ${sql.join(chunk.map((v) => sql`(${sql.join(v)})`))}`.execute(
        trx,
      );
    }
  }
  const updated = courtIds.map((id) => ({ id, ...chain.get(id)! }));
  await sql`update audit_heads set last_seq = v.seq, last_hash = v.hash
            from (select unnest(${updated.map((u) => u.id)}::int[]) as id, unnest(${updated.map((u) => u.seq.toString())}::bigint[]) as seq,
                         unnest(${updated.map((u) => u.hash)}::text[]) as hash) as v
            where audit_heads.court_id = v.id`.execute(trx);
}

export const appendEvent = (trx: Db, actor: Actor, at: Date, event: NewEvent) => appendEvents(trx, actor, at, [event]);
