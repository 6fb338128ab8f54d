import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { EventsTable } from '../db/schema.ts';
import { copyInto, type Tx } from '../db/connection.ts';
import { encodeCsv } from '../db/csv.ts';
import { chainHash, contentPrefix, GENESIS_HASH } from './hash.ts';
import { eventsWrite, headsWrite, linkedAppendWrite, lockChainHeads } from './audit.repo.ts';
import { writeTogether, type Write } from '../db/statements.ts';
import type { Actor, NewEvent } from './audit.types.ts';
import { isoInstant } from '../shared/dates.ts';

/** An event made ready before its transaction: everything but its place in the chain. */
export type PreparedEvent = {
  readonly courtId: number;
  readonly id: string;
  readonly prefix: string; // canonical JSON of the content, without the chain fields
  readonly csv: string; // its COPY columns before seq, prev_hash and hash
  readonly row: Omit<Insertable<EventsTable>, 'seq' | 'prev_hash' | 'hash'>;
};

const COLUMNS = ['court_id', 'id', 'case_id', 'actor_id', 'actor_name', 'occurred_at', 'action', 'entity_type', 'entity_id', 'changes'];

export function prepareEvents(actor: Actor, at: Date, events: readonly NewEvent[]): PreparedEvent[] {
  const occurredAt = isoInstant(at);
  return events.map((e) => {
    const id = randomUUID();
    const changes = JSON.stringify(e.changes);
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
    const values = [e.courtId, id, e.caseId, actor.id, actor.name, occurredAt, e.action, e.entityType, e.entityId, changes];
    const row = {
      court_id: e.courtId,
      id,
      case_id: e.caseId,
      actor_id: actor.id,
      actor_name: actor.name,
      occurred_at: occurredAt,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      changes,
    };
    return { courtId: e.courtId, id, prefix: contentPrefix(content), csv: encodeCsv([values]).slice(0, -1), row };
  });
}

// Appends events to each court's hash chain inside the caller's transaction. The courts' chain
// head rows are locked FOR UPDATE (in court order), so concurrent writers in one court queue
// instead of forking its chain. Callers take their other row locks first and these last.
// The statements are the same for one event or fifty thousand: the heads are locked, then the
// events written and the heads moved in one statement, which also carries `alongWith`: the
// caller's own writes of the same change (new rows, or rows it has locked already).
export async function appendPreparedEvents(
  trx: Tx,
  events: readonly PreparedEvent[],
  opts: { copy?: boolean; alongWith?: readonly Write[] } = {},
): Promise<void> {
  const alongWith = opts.alongWith ?? [];
  if (events.length === 0) return writeTogether(trx, alongWith);
  const courtIds = [...new Set(events.map((e) => e.courtId))].sort((a, b) => a - b);
  const chain = new Map((await lockChainHeads(trx, courtIds, GENESIS_HASH)).map((h) => [h.courtId, h]));
  const linked = events.map((e) => {
    const head = chain.get(e.courtId)!;
    const seq = head.seq + 1n;
    const hash = chainHash(e.prefix, head.hash, seq);
    const link = { seq, prevHash: head.hash, hash };
    head.seq = seq;
    head.hash = hash;
    return { e, ...link };
  });
  const moveHeads = headsWrite([...chain.values()]);
  if (opts.copy) {
    const text = linked.map((l) => `${l.e.csv},${l.seq},${l.prevHash},${l.hash}\n`).join('');
    await copyInto(trx, 'events', [...COLUMNS, 'seq', 'prev_hash', 'hash'], text);
    return writeTogether(trx, [...alongWith, moveHeads]);
  }
  const rows = linked.map((l) => ({ ...l.e.row, seq: l.seq, prev_hash: l.prevHash, hash: l.hash }));
  await writeTogether(trx, [...alongWith, eventsWrite(rows), moveHeads]);
}

export const appendEvents = (trx: Tx, actor: Actor, at: Date, events: readonly NewEvent[], alongWith?: readonly Write[]) =>
  appendPreparedEvents(trx, prepareEvents(actor, at, events), alongWith ? { alongWith } : {});

/**
 * Appends one court's events and sends the caller's `alongWith` writes in the same single statement,
 * the chain linked there (linkedAppendWrite): no round trip between taking the court's head and
 * writing, so the head is held for that statement and the commit alone. For a transaction's last
 * writes (a receipt's posting, ADR 0180); events of several courts go the usual way.
 */
export async function appendEventsLast(trx: Tx, actor: Actor, at: Date, events: readonly NewEvent[], alongWith: readonly Write[]) {
  const prepared = prepareEvents(actor, at, events);
  const courtId = prepared[0]?.courtId;
  if (courtId === undefined || prepared.some((e) => e.courtId !== courtId)) return appendPreparedEvents(trx, prepared, { alongWith });
  await linkedAppendWrite(courtId, prepared, GENESIS_HASH, alongWith).execute(trx);
}

/** Appends one event; `alongWith` are the caller's writes of the same change, sent in the same statement. */
export const appendEvent = (trx: Tx, actor: Actor, at: Date, event: NewEvent, alongWith?: readonly Write[]) =>
  appendEvents(trx, actor, at, [event], alongWith);
