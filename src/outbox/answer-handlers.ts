import type { Tx } from '../db/connection.ts';
import type { Actor } from '../audit/audit.types.ts';
import { searchAnswerHandler } from '../searches/answer-handler.ts';
import { creditNotificationAnswerHandler } from '../credit/notify.ts';
import type { Answer, OutboundRequest } from './outbox.types.ts';

/**
 * What a context registers for a request kind: what to do with an institution's answer, in the
 * transaction that records it (under the request's row lock), once per request — a connector's
 * answer and an answer through the institution API alike. A handler must not fail on a malformed
 * answer: the answer is the institution's and is stored whatever it says; it keeps what it can use.
 */
export type AnswerHandler = {
  readonly kind: string;
  onAnswer(tx: Tx, actor: Actor, at: Date, request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>, answer: Answer): Promise<void>;
};

// Read when the first answer arrives, not at load: the handlers' modules import the outbox too.
let byKind: ReadonlyMap<string, AnswerHandler> | undefined;
const handlers = (): ReadonlyMap<string, AnswerHandler> => {
  if (byKind) return byKind;
  const list: readonly AnswerHandler[] = [searchAnswerHandler, creditNotificationAnswerHandler];
  byKind = new Map(list.map((h) => [h.kind, h]));
  if (byKind.size !== list.length) throw new Error('two answer handlers share a request kind');
  return byKind;
};

/** Hands an answer to the handler of its request's kind, if there is one. */
export async function handleAnswer(
  tx: Tx,
  actor: Actor,
  at: Date,
  request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>,
  answer: Answer,
): Promise<void> {
  await handlers().get(request.kind)?.onAnswer(tx, actor, at, request, answer);
}
