import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.contract.ts';
import * as op from './distribution.contract.ts';
import { caseDistributionList } from './read-distribution.ts';
import { openDistributionIn } from './open-distribution.ts';
import { joinDistributionIn } from './join-distribution.ts';
import { drawUpPlan } from './draw-up-plan.ts';
import { servePlanIn } from './serve-plan.ts';
import { recordObjectionIn } from './record-objection.ts';
import { recordObjectionNotice, recordObjectionOutcome } from './objection-outcome.ts';
import { payDistributionIn } from './pay-distribution.ts';
import { partyDistribution } from './party-distribution.contract.ts';
import { ownCaseDistribution } from './party-distribution.ts';

const keyOf = (req: FastifyRequest): string | undefined => {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  return typeof raw === 'string' ? raw : undefined;
};
const progress = { permission: 'case.progress' } as const;

export async function distributionRoutes(api: Api, ctx: AppContext) {
  api.get('/cases/:id/distributions', { config: { permission: 'case.read' }, schema: schemaOf(op.caseDistributions) }, async (req, res) =>
    send(res, req, op.caseDistributions, await caseDistributionList(ctx, who(req), req.params.id)),
  );
  api.post('/cases/:id/distributions', { config: progress, schema: schemaOf(op.openDistribution) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.openDistribution, who(req), (tx) => openDistributionIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/distributions/:id/claims', { config: progress, schema: schemaOf(op.joinDistribution) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.joinDistribution, who(req), (tx) => joinDistributionIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/distributions/:id/plan', { config: progress, schema: schemaOf(op.drawUpPlan) }, async (req, res) =>
    send(res, req, op.drawUpPlan, await drawUpPlan(ctx, who(req), req.params.id)),
  );
  api.post('/distributions/:id/services', { config: progress, schema: schemaOf(op.servePlan) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.servePlan, who(req), (tx) => servePlanIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/distributions/:id/objections', { config: progress, schema: schemaOf(op.recordObjection) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.recordObjection, who(req), (tx) => recordObjectionIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/distribution-objections/:id/notice', { config: progress, schema: schemaOf(op.objectionNotice) }, async (req, res) =>
    send(res, req, op.objectionNotice, await recordObjectionNotice(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/distribution-objections/:id/outcome', { config: progress, schema: schemaOf(op.objectionOutcome) }, async (req, res) =>
    send(res, req, op.objectionOutcome, await recordObjectionOutcome(ctx, who(req), req.params.id, req.body)),
  );
  api.post(
    '/distributions/:id/payouts',
    { config: { permission: 'funds.payout' }, schema: schemaOf(op.payDistribution) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.payDistribution, who(req), (tx) => payDistributionIn(tx, ctx, who(req), req.params.id, keyOf(req))),
  );

  // The served plans of the case, in the party portal.
  api.get(
    '/party/cases/:id/distribution',
    { config: { permission: 'party.case.read' }, schema: schemaOf(partyDistribution) },
    async (req, res) => send(res, req, partyDistribution, await ownCaseDistribution(ctx, who(req), req.params.id)),
  );
}
