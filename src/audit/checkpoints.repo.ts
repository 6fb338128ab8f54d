import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';

export type CheckpointRow = {
  n: bigint;
  courtId: number;
  seq: bigint;
  hash: string;
  signedAt: Date;
  keyId: string;
  prevSignature: string;
  signature: string;
};

/** One writer of checkpoints at a time (the server's sweep, `zhixing audit checkpoint`): n has no gaps. */
export async function lockCheckpoints(trx: Tx): Promise<void> {
  await sql`lock table audit_checkpoints in exclusive mode`.execute(trx);
}

export async function lastCheckpoint(db: Executor): Promise<{ n: bigint; signature: string } | undefined> {
  const row = await db.selectFrom('audit_checkpoints').select(['n', 'signature']).orderBy('n', 'desc').limit(1).executeTakeFirst();
  return row && { n: BigInt(row.n), signature: row.signature };
}

/** Every court's latest checkpoint. */
export async function latestCheckpoints(db: Executor): Promise<Map<number, { seq: bigint; hash: string }>> {
  const r = await sql<{ court_id: number; seq: string; hash: string }>`
    select distinct on (court_id) court_id, seq::text as seq, hash from audit_checkpoints order by court_id, seq desc, n desc`.execute(db);
  return new Map(r.rows.map((x) => [x.court_id, { seq: BigInt(x.seq), hash: x.hash }]));
}

/** Checkpoints in order of n, after `after`, a batch at a time. */
export async function checkpointsAfter(db: Executor, after: bigint, limit: number): Promise<CheckpointRow[]> {
  const rows = await db.selectFrom('audit_checkpoints').selectAll().where('n', '>', after).orderBy('n').limit(limit).execute();
  return rows.map((r) => ({
    n: BigInt(r.n),
    courtId: r.court_id,
    seq: BigInt(r.seq),
    hash: r.hash,
    signedAt: r.signed_at,
    keyId: r.key_id,
    prevSignature: r.prev_signature,
    signature: r.signature,
  }));
}

export async function insertCheckpoints(trx: Tx, rows: readonly CheckpointRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('audit_checkpoints')
    .values(
      rows.map((r) => ({
        n: r.n,
        court_id: r.courtId,
        seq: r.seq,
        hash: r.hash,
        signed_at: r.signedAt,
        key_id: r.keyId,
        prev_signature: r.prevSignature,
        signature: r.signature,
      })),
    )
    .execute();
}

/** The hash of each court's event at the given seq (absent when there is no such event). */
export async function eventHashesAt(db: Executor, at: readonly { courtId: number; seq: bigint }[]): Promise<Map<string, string>> {
  if (at.length === 0) return new Map();
  const r = await sql<{ court_id: number; seq: string; hash: string }>`
    select e.court_id, e.seq::text as seq, e.hash from events e
    join unnest(${at.map((a) => a.courtId)}::int[], ${at.map((a) => a.seq.toString())}::bigint[]) as k(court_id, seq)
      on e.court_id = k.court_id and e.seq = k.seq`.execute(db);
  return new Map(r.rows.map((x) => [`${x.court_id}|${x.seq}`, x.hash]));
}

/** A court's checkpoints: seq → hash. */
export async function checkpointsOfCourt(db: Executor, courtId: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('audit_checkpoints').select(['seq', 'hash']).where('court_id', '=', courtId).execute();
  return new Map(rows.map((r) => [String(r.seq), r.hash]));
}

/** Courts that have checkpoints but no chain head: their chain was deleted with its head. */
export async function checkpointedCourtsWithoutHead(db: Executor) {
  const r = await sql<{ court_id: number; code: string; seq: string }>`
    select k.court_id, c.code, max(k.seq)::text as seq from audit_checkpoints k join courts c on c.id = k.court_id
    where not exists (select 1 from audit_heads h where h.court_id = k.court_id) group by k.court_id, c.code order by k.court_id`.execute(
    db,
  );
  return r.rows;
}
