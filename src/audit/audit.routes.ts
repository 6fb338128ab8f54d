import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { verifyAuditChains } from './verify-chain.ts';
import { who } from '../http/route-kit.ts';

export async function auditRoutes(api: FastifyInstance, ctx: AppContext) {
  api.get(
    '/audit/verify',
    { config: { permission: 'audit.verify' }, schema: { tags: ['audit'], summary: '校验审计事件哈希链' } },
    async (req) => {
      // A user verifies the chains of the courts they may see, and learns nothing of the others.
      const report = await verifyAuditChains(ctx.db, { courtIds: who(req).courtIds });
      return { ok: report.breaks.length === 0, ...report };
    },
  );
}
