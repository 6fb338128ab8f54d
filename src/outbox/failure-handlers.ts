import type { Tx } from '../db/connection.ts';
import type { Actor } from '../audit/audit.types.ts';
import { searchFailureHandler } from '../searches/answer-handler.ts';
import type { OutboundRequest } from './outbox.types.ts';

/** How a request ended without an answer: its status and the reason stored on it. */
export type RequestFailure = { readonly status: 'failed' | 'timed-out'; readonly reason: string };

/**
 * What a context registers for a request kind when one of its requests ends without an answer —
 * `failed` (refused, out of attempts, no connector) or `timed-out` (an attempt cut off at the last
 * try, or the answer window run out) — in the transaction that records it, under the request's row
 * lock, once per request becoming failed or timed-out. The symmetric of answer-handlers.ts.
 * A timed-out request may still be answered later (recordAnswer): then the answer handler runs too.
 */
export type FailureHandler = {
  readonly kind: string;
  onFailure(
    tx: Tx,
    actor: Actor,
    at: Date,
    request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>,
    failure: RequestFailure,
  ): Promise<void>;
};

// Read when the first failure is handled, not at load: the handlers' modules import the outbox too.
let byKind: ReadonlyMap<string, FailureHandler> | undefined;
const handlers = (): ReadonlyMap<string, FailureHandler> => {
  if (byKind) return byKind;
  const list: readonly FailureHandler[] = [searchFailureHandler];
  byKind = new Map(list.map((h) => [h.kind, h]));
  if (byKind.size !== list.length) throw new Error('two failure handlers share a request kind');
  return byKind;
};

/** Hands a request's failure to the handler of its kind, if there is one. */
export async function handleFailure(
  tx: Tx,
  actor: Actor,
  at: Date,
  request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>,
  failure: RequestFailure,
): Promise<void> {
  await handlers().get(request.kind)?.onFailure(tx, actor, at, request, failure);
}
