import type { AppContext } from '../platform/context.ts';
import type { Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { listSweepsOperation, sweepRunsOperation } from './scheduler.contract.ts';
import { listSweeps, sweepRuns } from './read-sweeps.ts';

// Read-only: the sweeps are run by the server's scheduler and by `zhixing sweep run`. Those who
// verify the audit trail (administrators, bureau heads) see whether the nightly work ran.
export async function schedulerRoutes(api: Api, ctx: AppContext) {
  api.get('/sweeps', { config: { permission: 'audit.verify' }, schema: schemaOf(listSweepsOperation) }, async (req, res) =>
    send(res, req, listSweepsOperation, await listSweeps(ctx)),
  );
  api.get('/sweeps/:name/runs', { config: { permission: 'audit.verify' }, schema: schemaOf(sweepRunsOperation) }, async (req, res) =>
    send(res, req, sweepRunsOperation, await sweepRuns(ctx, req.params.name, req.query.limit)),
  );
}
