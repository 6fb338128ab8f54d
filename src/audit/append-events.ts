import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, CopyRows } from '../db/connection.ts';
import { GENESIS_HASH, eventHash } from './hash.ts';
import type { Actor, NewEvent } from './audit.types.ts';

// Appends events to each court's hash chain inside the caller's transaction. The chain head row
// is locked FOR UPDATE, so concurrent writers in one court queue instead of forking the chain.
// Callers take their other row locks first and this one last, so lock order is always the same.
export async function appendEvents(
  trx: Db,
  actor: Actor,
  at: Date,
  events: readonly NewEvent[],
  copy?: CopyRows,
): Promise<void> {
  const byCourt = new Map<number, NewEvent[]>();
  for (const e of events) byCourt.set(e.courtId, [...(byCourt.get(e.courtId) ?? []), e]);
  const courts = [...byCourt.keys()].sort((a, b) => a - b);
  for (const courtId of courts) await appendToCourt(trx, actor, at, courtId, byCourt.get(courtId)!, copy);
}

export const appendEvent = (trx: Db, actor: Actor, at: Date, event: NewEvent) => appendEvents(trx, actor, at, [event]);

async function appendToCourt(trx: Db, actor: Actor, at: Date, courtId: number, events: NewEvent[], copy?: CopyRows) {
  await sql`insert into audit_heads (court_id, last_seq, last_hash) values (${courtId}, 0, ${GENESIS_HASH})
            on conflict (court_id) do nothing`.execute(trx);
  const head = await trx
    .selectFrom('audit_heads')
    .select(['last_seq', 'last_hash'])
    .where('court_id', '=', courtId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  let seq = BigInt(head.last_seq);
  let prevHash = head.last_hash;
  const occurredAt = new Date(Math.floor(at.getTime()));
  const rows = events.map((e) => {
    seq += 1n;
    const content = {
      courtId,
      seq,
      id: randomUUID(),
      caseId: e.caseId,
      actorId: actor.id,
      actorName: actor.name,
      occurredAt: occurredAt.toISOString(),
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      changes: e.changes,
      prevHash,
    };
    const hash = eventHash(content);
    prevHash = hash;
    return { ...content, hash };
  });
  const columns = ['court_id', 'seq', 'id', 'case_id', 'actor_id', 'actor_name', 'occurred_at', 'action', 'entity_type', 'entity_id', 'changes', 'prev_hash', 'hash'];
  const values = rows.map((r) => [r.courtId, r.seq, r.id, r.caseId, r.actorId, r.actorName, r.occurredAt, r.action, r.entityType, r.entityId, JSON.stringify(r.changes), r.prevHash, r.hash]);
  if (copy && rows.length > 50) {
    await copy('events', columns, values);
  } else {
    await trx
      .insertInto('events')
      .values(
        rows.map((r) => ({
          court_id: r.courtId,
          seq: r.seq,
          id: r.id,
          case_id: r.caseId,
          actor_id: r.actorId,
          actor_name: r.actorName,
          occurred_at: r.occurredAt,
          action: r.action,
          entity_type: r.entityType,
          entity_id: r.entityId,
          changes: JSON.stringify(r.changes),
          prev_hash: r.prevHash,
          hash: r.hash,
        })),
      )
      .execute();
  }
  await trx.updateTable('audit_heads').set({ last_seq: seq, last_hash: prevHash }).where('court_id', '=', courtId).execute();
}
