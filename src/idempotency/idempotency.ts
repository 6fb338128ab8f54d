import { createHash } from 'node:crypto';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { canonicalJson } from '../audit/hash.ts';
import type { Clock } from '../platform/clock.ts';
import { HOUR_MS, instantAfter } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { Write } from '../db/statements.ts';
import { answerWriteOf, claimKey, dropExpiredKey, storeAnswer, storedAnswer } from './idempotency.repo.ts';

// Stripe's semantics for an Idempotency-Key: the same key and the same request give the first
// answer (status and body) without doing the work again; the same key with another request is
// refused. The answer is stored in the transaction of the work itself, so a client whose
// connection dropped after the commit finds it on retry. ADR 0041.

export const KEY_LIFETIME_HOURS = 24;

/** Who asks (a user, or the system under a name), the key they sent, and a hash of their request. */
export type IdempotencyRequest = { readonly scope: string; readonly key: string; readonly requestHash: string };

export type Answer<T> =
  { readonly replayed: false; readonly value: T } | { readonly replayed: true; readonly status: number; readonly body: unknown };

/** The work done under a key: a use case's `…In(tx, …)` variant. */
export type IdempotentWork<T> = (tx: Tx) => Promise<Result<T>>;

/** The hash that decides "the same request": method, path and the body as canonical JSON. */
export const requestHash = (method: string, path: string, body: unknown): string =>
  createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${canonicalJson(body ?? null)}`)
    .digest('hex');

/** The scope of a caller's keys: one user's keys never meet another's (nor the system's). */
export const scopeOf = (who: { readonly userId: string | null; readonly username: string }): string =>
  who.userId ? `user:${who.userId}` : `system:${who.username}`;

/** A caller's request under a key, or null without one. */
export const idempotencyRequest = (
  who: { readonly userId: string | null; readonly username: string },
  key: string | undefined,
  method: string,
  path: string,
  body: unknown,
): IdempotencyRequest | null => (key === undefined ? null : { scope: scopeOf(who), key, requestHash: requestHash(method, path, body) });

// The key each transaction of `idempotent` holds, and the answer its work has written already.
const held = new WeakMap<Tx, { scope: string; key: string; status: number; body: string | null }>();

/**
 * The write that stores `value` as the answer of the key this transaction holds, or null when it
 * holds none: for work that sends its last writes in one statement (a receipt's posting), so that
 * the answer adds no round trip. `idempotent` then stores nothing more, unless the work answers
 * with another value after all.
 */
export function answerWrite(tx: Tx, value: unknown): Write | null {
  const k = held.get(tx);
  if (!k) return null;
  k.body = JSON.stringify(value);
  return answerWriteOf(k.scope, k.key, k.status, k.body);
}

/**
 * Runs `work` in a transaction under an idempotency key. Without a key it simply runs. A failure of
 * `work` rolls back its claim too, so a retry of a refused request runs again (nothing was done).
 * `status` is the HTTP status the success answers with; the body stored is `value` as JSON.
 */
export async function idempotent<T>(
  ctx: { readonly handle: DatabaseHandle; readonly clock: Clock },
  request: IdempotencyRequest | null,
  status: number,
  work: IdempotentWork<T>,
): Promise<Result<Answer<T>>> {
  if (!request) {
    const r = await transact(ctx, work);
    return r.ok ? success({ replayed: false, value: r.value }) : r;
  }
  return transact(ctx, async (tx): Promise<Result<Answer<T>>> => {
    const now = ctx.clock.now();
    const expires = instantAfter(now, KEY_LIFETIME_HOURS * HOUR_MS);
    let claimed = await claimKey(tx, request, now, expires);
    if (!claimed) {
      // An expired key is free again; otherwise the first request's answer stands.
      await dropExpiredKey(tx, request.scope, request.key, now);
      claimed = await claimKey(tx, request, now, expires);
    }
    if (!claimed) {
      const stored = await storedAnswer(tx, request.scope, request.key);
      if (!stored) throw new Error('idempotency key vanished while held');
      if (stored.requestHash !== request.requestHash) return failure('idempotency-key-reused');
      return success({ replayed: true, status: stored.status, body: JSON.parse(stored.body) as unknown });
    }
    const written = { scope: request.scope, key: request.key, status, body: null as string | null };
    held.set(tx, written);
    const result = await work(tx);
    if (!result.ok) return result;
    const body = JSON.stringify(result.value);
    if (written.body !== body) await storeAnswer(tx, request.scope, request.key, status, body);
    return success({ replayed: false, value: result.value });
  });
}
