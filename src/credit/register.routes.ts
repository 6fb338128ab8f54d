import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './register.contract.ts';
import { listingRegister } from './listing-register.ts';
import { creditStatistics } from './credit-statistics.ts';

// The court's dishonest-list register and the credit statistics (ADR 0207).
export async function creditRegisterRoutes(api: Api, ctx: AppContext) {
  api.get('/dishonest-listings', { config: { permission: 'case.read' }, schema: schemaOf(op.listingRegister) }, async (req, res) =>
    send(res, req, op.listingRegister, await listingRegister(ctx, who(req), req.query)),
  );

  api.get('/credit/statistics', { config: { permission: 'case.read' }, schema: schemaOf(op.creditStatistics) }, async (req, res) =>
    send(res, req, op.creditStatistics, await creditStatistics(ctx, who(req), req.query)),
  );
}
