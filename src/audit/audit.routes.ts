import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { verifyAuditChains } from './verify-chain.ts';

export async function auditRoutes(api: FastifyInstance, ctx: AppContext) {
  api.get('/audit/verify', { config: { permission: 'audit.verify' }, schema: { tags: ['audit'], summary: '校验审计事件哈希链' } }, async () => {
    const report = await verifyAuditChains(ctx.db);
    return { ok: report.breaks.length === 0, ...report };
  });
}
