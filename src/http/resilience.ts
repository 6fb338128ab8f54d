import type { FastifyServerOptions } from 'fastify';
import type { HttpTimeouts } from '../platform/config.ts';
import { isDatabaseUnavailable } from '../shared/database-unavailable.ts';
import { failure, type Failure } from '../shared/result.ts';

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

/** The failure an error that says the database is away answers with (503, Retry-After), or null. */
export function unavailableFailure(error: unknown): Failure | null {
  return isDatabaseUnavailable(error) ? { ...failure('database-unavailable'), retryAfter: 5 } : null;
}
