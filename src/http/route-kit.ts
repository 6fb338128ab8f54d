import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal, Permission } from '../access/access.types.ts';
import { problemOf, statusOf } from './errors.ts';
import type { Result } from '../shared/result.ts';

// Declaration merging into Fastify's own interfaces needs `interface`.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

export const SESSION_COOKIE = 'zhixing_session';

/** The session token of a request: a Bearer header, or else the HttpOnly cookie. */
export function sessionToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : req.cookies?.[SESSION_COOKIE];
}

/** Sends a use-case result: the value as JSON, or the failure as problem+json. */
export function reply<T>(res: FastifyReply, req: FastifyRequest, result: Result<T>, status = 200) {
  if (result.ok) return res.code(status).send(result.value);
  if (result.retryAfter !== undefined) void res.header('retry-after', String(result.retryAfter));
  return res.code(statusOf(result.code)).type('application/problem+json').send(problemOf(result, req.url));
}

/** The signed-in principal; the permission hook has already refused anonymous callers. */
export const who = (req: FastifyRequest): Principal => req.principal!;

export const problemSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;
