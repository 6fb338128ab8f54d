import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { trailOptions, verifyAuditTrail } from './verify-trail.ts';
import { who } from '../http/route-kit.ts';

export async function auditRoutes(api: FastifyInstance, ctx: AppContext) {
  api.get(
    '/audit/verify',
    { config: { permission: 'audit.verify' }, schema: { tags: ['audit'], summary: '校验审计事件哈希链' } },
    async (req) => {
      // A user verifies the chains of the courts they may see, and learns nothing of the others.
      return verifyAuditTrail(ctx.db, { ...trailOptions(ctx), courtIds: who(req).courtIds });
    },
  );
}
