import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

// Per-client limits on the routes that anyone may call without signing in (ADR 0208). The plugin
// is registered once and applies only to routes that ask for it (`config.rateLimit`); a client is
// its address as Fastify reads it (behind a proxy only when ZHIXING_TRUST_PROXY says so). Counts
// live in this process's memory: several servers behind one balancer each count their own share.

/** Thrown by the plugin on the request over the limit; the error handler answers 429 `rate-limited`. */
export class RateLimited extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

export async function useRateLimits(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => new RateLimited(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
}

/** The route option of a limit of `max` requests per client per minute. */
export const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });
