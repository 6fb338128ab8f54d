import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';

// Sessions that can never be used again: expired, or signed out, before the cutoff.

/** Deletes up to `limit` dead sessions; returns how many went, per court of their users. */
export async function purgeDeadSessions(tx: Tx, cutoff: Date, limit: number): Promise<{ courtId: number; count: number }[]> {
  const r = await sql<{ court_id: number; n: string }>`
    with gone as (
      delete from sessions where token_hash in (
        select token_hash from sessions where expires_at < ${cutoff} or revoked_at < ${cutoff}
        limit ${limit} for update skip locked)
      returning user_id)
    select u.court_id, count(*) as n from gone join users u on u.id = gone.user_id group by u.court_id order by u.court_id`.execute(tx);
  return r.rows.map((x) => ({ courtId: x.court_id, count: Number(x.n) }));
}

export async function countDeadSessions(db: Executor, cutoff: Date, cap: number): Promise<number> {
  const r = await sql<{ n: string }>`
    select count(*) as n from (select 1 from sessions where expires_at < ${cutoff} or revoked_at < ${cutoff} limit ${cap}) s`.execute(db);
  return Number(r.rows[0]!.n);
}
