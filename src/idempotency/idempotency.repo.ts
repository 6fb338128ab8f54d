import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { Write } from '../db/statements.ts';

// The stored answers of idempotency keys. A key is claimed by inserting its row in the caller's
// transaction: a concurrent request with the same key waits on that row until the first commits.

export type StoredAnswer = { requestHash: string; status: number; body: string; expiresAt: Date };

/** Claims (scope, key) for this transaction; false when a committed row holds it already. */
export async function claimKey(
  tx: Tx,
  k: { scope: string; key: string; requestHash: string },
  now: Date,
  expiresAt: Date,
): Promise<boolean> {
  const r = await tx
    .insertInto('idempotency_keys')
    .values({ scope: k.scope, key: k.key, request_hash: k.requestHash, status: 0, body: '', created_at: now, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .execute();
  return r.length === 1;
}

export async function storedAnswer(tx: Tx, scope: string, key: string): Promise<StoredAnswer | undefined> {
  const row = await tx
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'body', 'expires_at'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  return row && { requestHash: row.request_hash, status: row.status, body: row.body, expiresAt: row.expires_at };
}

/** Removes an expired key so that it can be claimed afresh. */
export async function dropExpiredKey(tx: Tx, scope: string, key: string, now: Date): Promise<void> {
  await tx.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).where('expires_at', '<=', now).execute();
}

export async function storeAnswer(tx: Tx, scope: string, key: string, status: number, body: string): Promise<void> {
  await answerWriteOf(scope, key, status, body).execute(tx);
}

/** The same as a write to send with the work's own last writes (writeTogether). */
export const answerWriteOf = (scope: string, key: string, status: number, body: string): Write =>
  sql`update idempotency_keys set status = ${status}, body = ${body} where scope = ${scope} and key = ${key}`;

/** Deletes up to `limit` keys that expired before `cutoff`; returns how many. */
export async function purgeExpiredKeys(tx: Tx, cutoff: Date, limit: number): Promise<number> {
  const r = await sql<{ n: string }>`
    with gone as (
      delete from idempotency_keys where ctid in (
        select ctid from idempotency_keys where expires_at < ${cutoff} limit ${limit} for update skip locked)
      returning 1)
    select count(*) as n from gone`.execute(tx);
  return Number(r.rows[0]!.n);
}

export async function countExpiredKeys(db: Executor, cutoff: Date, cap: number): Promise<number> {
  const r = await sql<{
    n: string;
  }>`select count(*) as n from (select 1 from idempotency_keys where expires_at < ${cutoff} limit ${cap}) k`.execute(db);
  return Number(r.rows[0]!.n);
}
