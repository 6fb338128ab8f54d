import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply } from '../http/route-kit.ts';
import { listSweepsOperation, sweepRunsOperation } from './scheduler.contract.ts';
import { listSweeps, sweepRuns } from './read-sweeps.ts';

const schemaOf = ({ response, ...o }: { response: unknown } & Record<string, unknown>) => ({ ...o, response: { 200: response } });

// Read-only: the sweeps are run by the server's scheduler and by `zhixing sweep run`. Those who
// verify the audit trail (administrators, bureau heads) see whether the nightly work ran.
export async function schedulerRoutes(api: FastifyInstance, ctx: AppContext) {
  api.get('/sweeps', { config: { permission: 'audit.verify' }, schema: schemaOf(listSweepsOperation) }, async (req, res) =>
    reply(res, req, await listSweeps(ctx)),
  );
  api.get<{ Params: { name: string }; Querystring: { limit?: number } }>(
    '/sweeps/:name/runs',
    { config: { permission: 'audit.verify' }, schema: schemaOf(sweepRunsOperation) },
    async (req, res) => reply(res, req, await sweepRuns(ctx, req.params.name, req.query.limit)),
  );
}
