import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { HttpTimeouts } from '../platform/config.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { failure } from '../shared/result.ts';
import { problemOf } from './errors.ts';

// What keeps the server answering when a client or the database misbehaves.

/** Fastify's and Node's timeouts: a request whose headers or body arrive too slowly, or a silent socket, is cut off. */
export function serverTimeouts(t: HttpTimeouts): Pick<FastifyServerOptions, 'requestTimeout' | 'keepAliveTimeout' | 'connectionTimeout'> & {
  http: { headersTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    requestTimeout: t.requestTimeoutMs,
    keepAliveTimeout: t.keepAliveTimeoutMs,
    connectionTimeout: t.socketTimeoutMs,
    // Node checks the header and request timeouts on this beat; a tenth of the shorter one, at most a second.
    http: {
      headersTimeout: Math.min(t.headersTimeoutMs, t.requestTimeoutMs),
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(t.headersTimeoutMs, t.requestTimeoutMs) / 10))),
    },
  };
}

/** Answers 503 database-unavailable (with Retry-After) when `error` says the database is away; false otherwise. */
export function replyIfDatabaseUnavailable(error: unknown, req: FastifyRequest, res: FastifyReply): FastifyReply | false {
  if (!isDatabaseUnavailable(error)) return false;
  return res
    .code(503)
    .header('retry-after', '5')
    .type('application/problem+json')
    .send(problemOf(failure('database-unavailable'), req.url));
}
