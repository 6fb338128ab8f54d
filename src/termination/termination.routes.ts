import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './termination.contract.ts';
import { terminationCheck } from './termination-gate.ts';
import { recordInterviewIn, recordWhereaboutsIn } from './record-facts.ts';

export async function terminationRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/cases/:id/termination-check',
    { config: { permission: 'case.read' }, schema: schemaOf(op.terminationCheck) },
    async (req, res) =>
      send(res, req, op.terminationCheck, await terminationCheck(ctx, who(req), req.params.id, req.query.asOf, req.query.route)),
  );

  api.post(
    '/cases/:id/applicant-interviews',
    { config: { permission: 'case.progress' }, schema: schemaOf(op.recordApplicantInterview) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.recordApplicantInterview, who(req), (tx) =>
        recordInterviewIn(tx, ctx, who(req), req.params.id, req.body),
      ),
  );

  api.post(
    '/cases/:id/whereabouts',
    { config: { permission: 'case.progress' }, schema: schemaOf(op.recordDebtorWhereabouts) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.recordDebtorWhereabouts, who(req), (tx) =>
        recordWhereaboutsIn(tx, ctx, who(req), req.params.id, req.body),
      ),
  );
}
