import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './exit.contract.ts';
import { dormantStandingOf, recordPoolExit } from './record-exit.ts';

// Where a case stands in the 终本案件库, and its exit by payment, 执转破 or 终结执行 (src/rules/pool-exit.ts).
export async function dormantExitRoutes(api: Api, ctx: AppContext) {
  api.get('/cases/:id/dormant', { config: { permission: 'case.read' }, schema: schemaOf(op.dormantStanding) }, async (req, res) =>
    send(res, req, op.dormantStanding, await dormantStandingOf(ctx, who(req), req.params.id)),
  );
  api.post('/cases/:id/dormant-exit', { config: { permission: 'case.close' }, schema: schemaOf(op.recordPoolExit) }, async (req, res) =>
    send(res, req, op.recordPoolExit, await recordPoolExit(ctx, who(req), req.params.id, req.body)),
  );
}
