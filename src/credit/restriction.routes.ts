import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './restriction.contract.ts';
import { orderRestrictionIn } from './order-restriction.ts';
import { liftRestrictionIn } from './lift-restriction.ts';
import { decideSpendingIn, requestSpendingIn } from './spending-request.ts';
import { listCaseRestrictions } from './read-restrictions.ts';

// 限制消费令 (ADR 0206): order, list, lift, and the requests to spend on a restricted item.
export async function restrictionRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/cases/:id/consumption-restrictions',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.orderRestriction) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.orderRestriction, who(req), (tx) => orderRestrictionIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get(
    '/cases/:id/consumption-restrictions',
    { config: { permission: 'case.read' }, schema: schemaOf(op.listRestrictions) },
    async (req, res) => send(res, req, op.listRestrictions, await listCaseRestrictions(ctx, who(req), req.params.id)),
  );

  api.post(
    '/consumption-restrictions/:id/lifting',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.liftRestriction) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.liftRestriction, who(req), (tx) => liftRestrictionIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post(
    '/consumption-restrictions/:id/spending-requests',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.requestSpending) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.requestSpending, who(req), (tx) => requestSpendingIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post(
    '/spending-requests/:id/decision',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.decideSpending) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.decideSpending, who(req), (tx) => decideSpendingIn(tx, ctx, who(req), req.params.id, req.body)),
  );
}
