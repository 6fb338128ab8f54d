import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../access/access.types.ts';
import type { Tx } from '../db/connection.ts';
import { reply } from '../http/route-kit.ts';
import { failure, type Result } from '../shared/result.ts';
import { idempotent, isValidKey, requestHash, type IdempotencyRequest } from './idempotency.ts';

// The HTTP edge of idempotency: the Idempotency-Key header, scoped to the signed-in caller.

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** The caller's key and request hash, null without a key, or a failure for a malformed key. */
export function idempotencyOf(req: FastifyRequest, who: Principal): Result<IdempotencyRequest | null> {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return { ok: true, value: null };
  if (typeof raw !== 'string' || !isValidKey(raw)) return failure('idempotency-key-invalid');
  const scope = who.userId ? `user:${who.userId}` : `system:${who.username}`;
  return { ok: true, value: { scope, key: raw, requestHash: requestHash(req.method, req.url.split('?')[0]!, req.body) } };
}

/**
 * Answers a creating route under its Idempotency-Key: the work's value with `status`, or the first
 * answer again (marked `Idempotent-Replayed: true`), or problem+json.
 */
export async function replyIdempotent<T>(
  ctx: Parameters<typeof idempotent>[0],
  req: FastifyRequest,
  res: FastifyReply,
  who: Principal,
  status: number,
  work: (tx: Tx) => Promise<Result<T>>,
) {
  const request = idempotencyOf(req, who);
  if (!request.ok) return reply(res, req, request);
  const answer = await idempotent(ctx, request.value, status, work);
  if (!answer.ok) return reply(res, req, answer);
  if (answer.value.replayed) return res.code(answer.value.status).header('idempotent-replayed', 'true').send(answer.value.body);
  return res.code(status).send(answer.value.value);
}
