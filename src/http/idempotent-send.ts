import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../access/access.types.ts';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.contract.ts';
import { idempotencyRequest, idempotent, type IdempotentWork } from '../idempotency/idempotency.ts';
import type { Operation, ResponseOf } from '../shared/contract.ts';
import { success } from '../shared/result.ts';
import { send } from './operation.ts';
import { pathOf } from './problem.ts';

// The HTTP edge of idempotency (src/idempotency/README.md): a creating route answers under the
// caller's Idempotency-Key. The operation's header schema has checked the key already.

type AnyReply = Pick<FastifyReply, 'code'>;

/**
 * Runs `work` in one transaction with the caller's key and answers: this run's value with the
 * operation's status, or the first answer again (marked `Idempotent-Replayed: true`), or problem+json.
 */
export async function sendIdempotent<O extends Operation>(
  ctx: Parameters<typeof idempotent>[0],
  res: AnyReply,
  req: FastifyRequest,
  op: O,
  who: Principal,
  work: IdempotentWork<ResponseOf<O>>,
) {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  const key = typeof raw === 'string' ? raw : undefined;
  const request = idempotencyRequest(who, key, req.method, pathOf(req), req.body);
  const answer = await idempotent(ctx, request, op.status, work);
  if (!answer.ok) return send(res, req, op, answer);
  if (!answer.value.replayed) return send(res, req, op, success(answer.value.value));
  const reply = res as FastifyReply;
  return reply.code(answer.value.status).header('idempotent-replayed', 'true').send(answer.value.body);
}
